using Mibg.Core.Study;

namespace Mibg.Storage.Workstation;

/// <summary>
/// Changing a read already submitted (an amendment, which the workstation allows only with a reason and
/// audits). A separate interface so <see cref="IStudyStore"/> stays as the storage layer defined it; both
/// stores implement it.
/// </summary>
public interface IReadAmendment
{
    /// <summary>
    /// Replaces the read of (<see cref="Read.ScanId"/>, <see cref="Read.Reader"/>) with <paramref name="read"/>,
    /// keeping its place in the table, and returns the read it replaced.
    /// </summary>
    /// <exception cref="StudyStoreException">There is no such read to amend.</exception>
    Task<Read> AmendReadAsync(Read read, CancellationToken cancellationToken = default);
}
