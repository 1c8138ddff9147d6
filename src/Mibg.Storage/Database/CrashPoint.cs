namespace Mibg.Storage.Database;

/// <summary>The moments of a commit at which a test can stop a write, as a killed process would stop there.</summary>
internal enum CrashPoint
{
    /// <summary>The anchor records the write as pending; the transaction is not committed.</summary>
    BeforeCommit,

    /// <summary>The transaction is committed; the anchor still records the write as pending.</summary>
    AfterCommit,
}
