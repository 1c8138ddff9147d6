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
}
