namespace Mibg.Web.Reading;

/// <summary>The status codes of a scan in a worklist (<c>status</c> of <c>GET /api/worklist</c>).</summary>
public static class ScanStatus
{
    /// <summary>Reader: not yet read by me.</summary>
    public const string ToRead = "to_read";
    /// <summary>Reader: my read is saved as a draft (amendable; not adjudicated until I finalise it).</summary>
    public const string Draft = "draft";
    /// <summary>Reader: my read is final (it no longer changes).</summary>
    public const string Submitted = "submitted";
    /// <summary>Adjudicator: some assigned reader has no final read yet (drafts count as not read).</summary>
    public const string WaitingForReads = "waiting_for_reads";
    /// <summary>Adjudicator: every assigned reader has submitted; the consensus is still to record.</summary>
    public const string ToAdjudicate = "to_adjudicate";
    /// <summary>Adjudicator: the consensus read is recorded.</summary>
    public const string Resolved = "resolved";

    /// <summary>The statuses a reader's worklist shows.</summary>
    public static IReadOnlyList<string> ForReader { get; } = [ToRead, Draft, Submitted];

    /// <summary>The statuses an adjudicator's worklist shows.</summary>
    public static IReadOnlyList<string> ForAdjudicator { get; } = [WaitingForReads, ToAdjudicate, Resolved];
}
