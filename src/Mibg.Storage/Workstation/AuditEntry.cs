namespace Mibg.Storage.Workstation;

/// <summary>
/// One entry of the append-only audit log. Entries are chained: <see cref="Hash"/> is the keyed MAC of this
/// entry's content and <see cref="PreviousHash"/> (<see cref="Audit.AuditChain"/>), so changing, removing or
/// inserting any entry is detected (<see cref="Audit.AuditVerifier"/>).
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Position in the log, 1, 2, 3… without gaps.</summary>
    public required long Sequence { get; init; }
    /// <summary>When (UTC, millisecond precision).</summary>
    public required DateTimeOffset At { get; init; }
    /// <summary>Who.</summary>
    public required string Actor { get; init; }
    /// <summary>What (<see cref="AuditActions"/>).</summary>
    public required string Action { get; init; }
    /// <summary>On what.</summary>
    public required string Subject { get; init; }
    /// <summary>State before (JSON), null when none.</summary>
    public string? Before { get; init; }
    /// <summary>State after (JSON), null when none.</summary>
    public string? After { get; init; }
    /// <summary>MAC of the previous entry (64 hex digits); 64 zeros for the first entry.</summary>
    public required string PreviousHash { get; init; }
    /// <summary>HMAC-SHA256 of this entry under the audit key (lower-case hex), see <see cref="Audit.AuditChain.MacOf"/>; SHA-256 for legacy entries.</summary>
    public required string Hash { get; init; }
}
