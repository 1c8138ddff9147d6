using Mibg.Core.Study;

namespace Mibg.Analysis.Demo;

/// <summary>A synthetic patient being built: dates, scans with their consensus segment scores, events. Ids come last.</summary>
internal sealed class DemoPatientDraft
{
    public required DateOnly Diagnosis { get; set; }
    public int AgeDays { get; set; }
    public string InrgStage { get; set; } = "M";
    public string? InssStage { get; set; } = "4";
    public string Sex { get; set; } = "M";
    public string Mycn { get; set; } = "not_amplified";
    public string BoneMarrow { get; set; } = "yes";
    public string? InductionRegimen { get; set; }
    public DateOnly? InductionEnd { get; set; }
    public DateOnly? Hdc { get; set; }
    public string? HdcRegimen { get; set; }
    public DateOnly? Radiotherapy { get; set; }
    public DateOnly? MaintenanceStart { get; set; }
    public DateOnly? EndOfTreatment { get; set; }
    public string? AntiGd2 { get; set; }
    public DateOnly LastContact { get; set; }
    public DateOnly? Death { get; set; }
    public List<DemoScanDraft> Scans { get; } = [];
    public List<(DateOnly Date, EventType Type, string[] Sites)> Events { get; } = [];

    /// <summary>Adds a scan; <paramref name="consensus"/> null = still waiting for a consensus read.</summary>
    public void Scan(DateOnly date, int[]? consensus, int[]? pendingTruth = null) => Scans.Add(new DemoScanDraft(date, consensus, pendingTruth));

    public void Die(DateOnly date)
    {
        Death = date;
        LastContact = date;
        Events.Add((date, EventType.Death, []));
    }
}

/// <summary>A scan being built: its date and consensus scores (null when the consensus is pending; readers then read <c>PendingTruth</c>).</summary>
internal sealed record DemoScanDraft(DateOnly Date, int[]? Consensus, int[]? PendingTruth);
