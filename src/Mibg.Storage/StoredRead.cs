using Mibg.Core.Study;

namespace Mibg.Storage;

/// <summary>
/// A read as the store holds it: the read and its version. The version is 1 when the read is submitted and goes
/// up by one with each amendment (the database refuses any other change), so a consensus can name the exact
/// reads it was made from (<see cref="IStudyStore.RecordConsensusAsync"/>).
/// </summary>
/// <param name="Read">The read.</param>
/// <param name="Version">1, 2, 3…</param>
public sealed record StoredRead(Read Read, int Version)
{
    /// <summary>
    /// Whether the reader finalised the read (docs/security.md, "Blinding"): a final read never changes again, and
    /// only final reads are adjudicated. A read submitted as final, imported, or stored before drafts existed is
    /// final; a draft becomes final once, at <see cref="IStudyStore.FinaliseReadAsync"/>.
    /// </summary>
    public bool Final { get; init; } = true;
}

/// <summary>What became of a change to a read (<see cref="IStudyStore"/>); the web maps each to an HTTP status.</summary>
public enum ReadWriteStatus
{
    /// <summary>Saved, with its audit entry, in one transaction.</summary>
    Saved,
    /// <summary>The scan is not in the study (404).</summary>
    ScanNotFound,
    /// <summary>There is no read by that reader to amend (409).</summary>
    ReadNotFound,
    /// <summary>The reader has already read the scan; a submitted read is changed by an amendment (409).</summary>
    AlreadyRead,
    /// <summary>
    /// The read changed since the caller saw it: the amendment's expected version, or a <c>based_on</c> version of
    /// a consensus, is not the stored one; or a reader the consensus needs has no read / is missing from
    /// <c>based_on</c> (409).
    /// </summary>
    Stale,
    /// <summary>A consensus was asked for before every reader of the scan had finalised a read, or the scan has no reader (409).</summary>
    AwaitingReads,
    /// <summary>The scan already has a consensus: its reads no longer change and no second consensus is taken (409).</summary>
    Adjudicated,
    /// <summary>The reader finalised this read: it no longer changes (409). Depends on nothing but the reader's own action.</summary>
    Finalised,
    /// <summary>The request breaks a rule of the store (e.g. an "exact agreement" consensus over reads that differ) (400).</summary>
    Invalid,
}

/// <summary>The outcome of a change to a read.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Read">The read as stored now (when <see cref="ReadWriteStatus.Saved"/>).</param>
/// <param name="Previous">The read it replaced (an amendment), else null.</param>
/// <param name="Message">For the operator (logs, CLI). It may name readers and versions: the web decides what a reader is shown.</param>
public sealed record ReadWriteResult(ReadWriteStatus Status, StoredRead? Read, StoredRead? Previous, string Message)
{
    /// <summary>Whether the change was saved.</summary>
    public bool Saved => Status == ReadWriteStatus.Saved;

    internal static ReadWriteResult Fail(ReadWriteStatus status, string message) => new(status, null, null, message);
}

/// <summary>How a consensus read came about (recorded in its audit entry).</summary>
public enum ConsensusResolution
{
    /// <summary>An adjudicator resolved the readers' disagreement. Code <c>adjudicated</c>.</summary>
    Adjudicated,
    /// <summary>
    /// The readers agree exactly (every SIOPEN segment, soft tissue and Curie score equal) and the consensus is
    /// their common read, taken in one keystroke or automatically when the plan says so. The store refuses it when
    /// the reads differ. Code <c>exact_agreement</c>.
    /// </summary>
    ExactAgreement,
}
