using Mibg.Core.Study;

namespace Mibg.Storage;

/// <summary>
/// Where a validated study lives: the embedded SQLite file (<see cref="Sqlite.SqliteStudyStore"/>) or a
/// PostgreSQL server. Open one with <see cref="StudyStores.Open"/>. A store holds one study. Every write is
/// one transaction: it either happens completely or leaves the store exactly as it was.
/// Failures a user can fix (duplicate read, unknown scan, newer schema) throw <see cref="StudyStoreException"/>.
/// </summary>
public interface IStudyStore : IAsyncDisposable
{
    /// <summary>A description for messages, e.g. <c>SQLite store ./mibg.db</c>.</summary>
    string Description { get; }

    /// <summary>The schema version of the store (see <see cref="Sqlite.StudySchema.CurrentVersion"/>).</summary>
    Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of rows in each table; all zero for an empty store.</summary>
    Task<StudyCounts> GetCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the whole study held in the store with <paramref name="study"/>, in one transaction: a failure,
    /// a cancellation or a killed process leaves the previous content untouched.
    /// </summary>
    /// <param name="study">A validated study (as <see cref="Reading.StudyReader"/> returns it).</param>
    /// <param name="progress">Receives the rows written so far, about every thousand rows.</param>
    /// <param name="cancellationToken">Cancels and rolls back.</param>
    Task<StudyCounts> ImportAsync(StudyData study, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the whole study back, rows in their imported order, extra columns included.</summary>
    Task<StudyData> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds one reader's read of a scan. Throws <see cref="DuplicateReadException"/> when the scan already has a
    /// read by that reader, and <see cref="StudyStoreException"/> when the scan is not in the store.
    /// </summary>
    Task AddReadAsync(Read read, CancellationToken cancellationToken = default);

    /// <summary>The reads of one scan, in stored order (empty when none).</summary>
    Task<IReadOnlyList<Read>> GetReadsAsync(string scanId, CancellationToken cancellationToken = default);
}
