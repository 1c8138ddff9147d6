namespace Mibg.Storage;

/// <summary>How a study database is opened (see <see cref="StudyStores.Open(string, StoreOptions)"/>).</summary>
public sealed record StoreOptions
{
    /// <summary>When false, a missing SQLite file is an error instead of a new empty store. Default true.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>
    /// The folder holding the audit key and the audit anchor (docs/security.md). Null: the environment variable
    /// <c>MIBG_AUDIT_DIR</c> when set, else beside a SQLite store file, else <c>~/.config/mibg/audit</c> for PostgreSQL.
    /// </summary>
    public string? AuditDirectory { get; init; }

    /// <summary>The clock that stamps audit entries, sessions and lockouts. Default the system clock.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// When the anchor records a write in progress (a process was stopped mid-write), put it right on opening: confirm
    /// a write the log has, record one it has not (docs/security.md, "Anchor"). <c>mibg serve</c> sets it; verification
    /// does not (it reports the state as found). Default false.
    /// </summary>
    public bool RecoverInterruptedWrites { get; init; }

    /// <summary>
    /// Tests only: called at each <see cref="Database.CrashPoint"/> of a commit; a test throws from it to stop the
    /// write there as a killed process would (nothing after that point runs).
    /// </summary>
    internal Action<Database.CrashPoint>? CrashPointForTests { get; init; }

    /// <summary>The defaults.</summary>
    public static StoreOptions Default { get; } = new();
}
