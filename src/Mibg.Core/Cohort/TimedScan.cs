using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Core.Cohort;

/// <summary>A scan with its time point (written in the study or assigned by the plan's windows) and its resolved read.</summary>
/// <param name="Scan">The scan.</param>
/// <param name="TimePoint">Its time point.</param>
/// <param name="Explicit">Whether the time point was written in the study (else assigned from windows).</param>
/// <param name="Read">The read used; null when no read is usable (pending).</param>
public sealed record TimedScan(Scan Scan, TimePoint TimePoint, bool Explicit, ResolvedRead? Read)
{
    /// <summary>Scan date.</summary>
    public DateOnly Date => Scan.ScanDate;
    /// <summary>Scan id.</summary>
    public string ScanId => Scan.ScanId;
}
