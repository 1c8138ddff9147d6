namespace Mibg.Storage.Workstation;

/// <summary>
/// One entry of the append-only audit log. Entries are chained: <see cref="Hash"/> is the SHA-256 of this
/// entry's content and <see cref="PreviousHash"/>, so changing or deleting any entry breaks every later
/// hash (<see cref="AuditChain.Verify"/>).
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
    /// <summary>Hash of the previous entry (64 hex digits); 64 zeros for the first entry.</summary>
    public required string PreviousHash { get; init; }
    /// <summary>SHA-256 of this entry (lower-case hex), see <see cref="AuditChain.HashOf"/>.</summary>
    public required string Hash { get; init; }
}
