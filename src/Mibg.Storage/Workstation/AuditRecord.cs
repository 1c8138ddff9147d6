namespace Mibg.Storage.Workstation;

/// <summary>
/// What happened, as the caller describes it before it is appended to the audit log.
/// </summary>
/// <param name="Actor">Who: the account name, or <c>cli</c> / <c>system</c>.</param>
/// <param name="Action">What: one of <see cref="AuditActions"/>.</param>
/// <param name="Subject">On what, e.g. a scan id or an account name; empty when none.</param>
/// <param name="Before">State before the change (JSON text), null when none.</param>
/// <param name="After">State after the change (JSON text), null when none.</param>
public sealed record AuditRecord(string Actor, string Action, string Subject, string? Before = null, string? After = null);

/// <summary>The action names written in the audit log.</summary>
public static class AuditActions
{
    /// <summary>A successful login.</summary>
    public const string Login = "login";
    /// <summary>A refused login (wrong password, unknown or locked account).</summary>
    public const string LoginFailed = "login_failed";
    /// <summary>A reader's read submitted.</summary>
    public const string Read = "read";
    /// <summary>A reader finalised their draft read: it no longer changes and may now be adjudicated.</summary>
    public const string ReadFinalised = "read_finalised";
    /// <summary>A submitted read changed, with a reason.</summary>
    public const string Amendment = "amendment";
    /// <summary>The adjudicated consensus read recorded, with a reason.</summary>
    public const string Consensus = "consensus";
    /// <summary>A study imported.</summary>
    public const string Import = "import";
    /// <summary>A study exported.</summary>
    public const string Export = "export";
    /// <summary>An account created.</summary>
    public const string UserAdded = "user_added";
    /// <summary>A scan's reader assignment changed.</summary>
    public const string Assignment = "assignment";
    /// <summary>The study's set of readers changed (<c>after</c>: the sorted reader codes).</summary>
    public const string StudyReaders = "study_readers";
    /// <summary>An account disabled: it can no longer log in and its sessions are revoked.</summary>
    public const string UserDisabled = "user_disabled";
    /// <summary>A disabled account enabled again.</summary>
    public const string UserEnabled = "user_enabled";
    /// <summary>An account's password replaced by an admin; its sessions are revoked and its lock cleared.</summary>
    public const string PasswordReset = "password_reset";
    /// <summary>A locked account unlocked by an admin (failed-login count cleared).</summary>
    public const string UserUnlocked = "user_unlocked";
    /// <summary>A session ended by logout.</summary>
    public const string Logout = "logout";
    /// <summary>
    /// The entry that starts the keyed chain in a store that had an unkeyed (SHA-256) log or data before audit keys
    /// existed; its <c>after</c> records how many legacy entries precede it and the state of the covered tables then.
    /// </summary>
    public const string Sealed = "audit_keyed";
    /// <summary>
    /// Written by the store (actor <c>system</c>) when it finds that the anchor names a write that never reached the
    /// log: the process making it was stopped before its commit (docs/security.md, "Anchor"). <c>after</c> gives the
    /// entries that write would have had.
    /// </summary>
    public const string InterruptedWrite = "interrupted_write";
}
