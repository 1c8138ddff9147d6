using Mibg.Core.Study;

namespace Mibg.Storage;

/// <summary>
/// The study database (docs/architecture.md, "One study database"): the embedded SQLite file or a PostgreSQL
/// database, one schema and one implementation for both. Open one with <see cref="StudyStores.Open(string, StoreOptions)"/>.
/// Every change is one transaction together with its audit entry: both are committed or neither is. Safe to share
/// between threads (each call takes its own pooled connection; writers take turns in the database).
/// Failures a user can fix (newer schema, unknown scan, a study that breaks a rule) throw <see cref="StudyStoreException"/>;
/// refused changes to reads are results (<see cref="ReadWriteResult"/>).
/// </summary>
public interface IStudyStore : IAsyncDisposable
{
    /// <summary>A description for messages, e.g. <c>SQLite store ./mibg.db</c> (never a password).</summary>
    string Description { get; }

    /// <summary>The schema version of the store (<see cref="Database.StoreSchema.CurrentVersion"/>).</summary>
    Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of rows in each study table; all zero for an empty store.</summary>
    Task<StudyCounts> GetCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the whole study held in the store with <paramref name="study"/>, with an <c>import</c> audit entry
    /// recording the counts and a digest of every read, in one transaction: a failure, a cancellation or a killed
    /// process leaves the previous content untouched. Reads start at version 1; earlier consensus bases are dropped.
    /// Accounts, assignments and the study's readers are kept.
    /// </summary>
    /// <param name="study">A validated study (as <see cref="Reading.StudyReader"/> returns it).</param>
    /// <param name="progress">Receives the rows written so far, about every thousand rows.</param>
    /// <param name="cancellationToken">Cancels and rolls back.</param>
    /// <param name="source">Where it came from (a path), for the audit entry.</param>
    /// <param name="actor">Who imports (<c>cli</c> for the command line).</param>
    Task<StudyCounts> ImportAsync(StudyData study, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default, string source = "", string actor = "cli");

    /// <summary>Reads the whole study back (one snapshot), rows in their imported order, extra columns included.</summary>
    Task<StudyData> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>The reads of one scan with their versions, in stored order (empty when none); all reads when <paramref name="scanId"/> is null.</summary>
    Task<IReadOnlyList<StoredRead>> GetStoredReadsAsync(string? scanId, CancellationToken cancellationToken = default);

    /// <summary>The reads of one scan, in stored order (empty when none).</summary>
    Task<IReadOnlyList<Read>> GetReadsAsync(string scanId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Submits a reader's final read of a scan at version 1, audited (<c>read</c>) in the same transaction. Refused when the
    /// scan is unknown, the reader has already read it, or the scan has a consensus.
    /// </summary>
    Task<ReadWriteResult> SubmitReadAsync(Read read, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a reader's read as a draft (<paramref name="final"/> false: it may be amended until the reader
    /// finalises it) or as final (the same as <see cref="SubmitReadAsync(Read, string, CancellationToken)"/>).
    /// Adjudication considers final reads only.
    /// </summary>
    Task<ReadWriteResult> SubmitReadAsync(Read read, string actor, bool final, CancellationToken cancellationToken = default);

    /// <summary>
    /// The reader finalises their draft read of <paramref name="scanId"/> at <paramref name="expectedVersion"/>: its
    /// version goes up by one and it never changes again. <see cref="ReadWriteStatus.Finalised"/> when it already is
    /// final, <see cref="ReadWriteStatus.Stale"/> at another version, <see cref="ReadWriteStatus.ReadNotFound"/>
    /// without a read. Audited (<c>read_finalised</c>) in the same transaction.
    /// </summary>
    Task<ReadWriteResult> FinaliseReadAsync(string scanId, string reader, int expectedVersion, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the read of (<see cref="Read.ScanId"/>, <see cref="Read.Reader"/>), keeping its place, at version
    /// <paramref name="expectedVersion"/> + 1, audited (<c>amendment</c>, with the reason and the old read) in the same
    /// transaction. Refused (<see cref="ReadWriteStatus.Stale"/>) when the stored version is not
    /// <paramref name="expectedVersion"/>, and (<see cref="ReadWriteStatus.Adjudicated"/>) once the scan has a consensus.
    /// </summary>
    Task<ReadWriteResult> AmendReadAsync(Read read, int expectedVersion, string actor, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the consensus read (reader <c>consensus</c>) of a scan, audited (<c>consensus</c>) in the same
    /// transaction, only if every read it was made from is still at the version the adjudicator saw:
    /// <paramref name="basedOn"/> maps reader → version and must cover every reader of the scan (its assignment, else
    /// the study's readers), each with a read. Otherwise <see cref="ReadWriteStatus.Stale"/> and nothing is written;
    /// <see cref="ReadWriteStatus.Adjudicated"/> when a consensus exists. With
    /// <see cref="ConsensusResolution.ExactAgreement"/> the reads must agree exactly and the consensus must equal them.
    /// </summary>
    Task<ReadWriteResult> RecordConsensusAsync(Read consensus, IReadOnlyDictionary<string, int> basedOn, string actor, string reason,
        ConsensusResolution resolution = ConsensusResolution.Adjudicated, CancellationToken cancellationToken = default);

    /// <summary>What the consensus of a scan was based on (reader → version); empty when it has none.</summary>
    Task<IReadOnlyDictionary<string, int>> GetConsensusBasisAsync(string scanId, CancellationToken cancellationToken = default);
}
