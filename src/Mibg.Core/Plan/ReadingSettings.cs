namespace Mibg.Core.Plan;

/// <summary>
/// How the reader workstation runs the blinded double reading (docs/analysis.md, "Plan fields"; the seed study:
/// two nuclear-medicine physicians blind to each other and to outcome).
/// </summary>
public sealed record ReadingSettings
{
    /// <summary>
    /// Whether readers and adjudicators see each scan's time point (diagnosis, post_hdc, …). Default false: the
    /// time point tells how far treatment went, which a fully blinded read (SIOPEN scoring of a scan on its
    /// own merits) does not need. Even when true, <c>progression</c> is shown as <c>follow_up</c> (it would reveal
    /// the outcome).
    /// </summary>
    public bool ShowTimepointToReaders { get; init; }

    /// <summary>
    /// Whether a scan whose readers gave exactly the same 12 SIOPEN scores is given its consensus read
    /// automatically when the last read comes in (audited as actor <c>system</c>). Default false: the adjudicator
    /// confirms it with one keystroke, so every consensus has a person behind it.
    /// </summary>
    public bool AutoConsensusWhenReadersAgree { get; init; }
}
