namespace Mibg.Storage.Audit;

/// <summary>The result of <c>mibg audit verify</c>.</summary>
/// <param name="Entries">Entries in the log.</param>
/// <param name="LastHash">MAC of the last entry; null when the log is empty.</param>
/// <param name="Anchor">The anchor read from its file; null when it is missing.</param>
/// <param name="Problems">Everything found wrong, one sentence each; empty = intact.</param>
public sealed record AuditVerification(long Entries, string? LastHash, AuditAnchor? Anchor, IReadOnlyList<string> Problems)
{
    /// <summary>
    /// What is not a problem but the operator should know, one sentence each: an anchor update interrupted by a
    /// stopped process, writes recorded as interrupted before their commit (docs/security.md, "Anchor").
    /// </summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Whether nothing was found wrong.</summary>
    public bool Intact => Problems.Count == 0;
}
