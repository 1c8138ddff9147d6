namespace Mibg.Statistics.Survival;

/// <summary>The Kaplan–Meier curve of one group (stratum).</summary>
/// <param name="Name">Group name as written in the data ("all" without groups).</param>
/// <param name="N">Subjects (R <c>records</c>).</param>
/// <param name="Events">Events.</param>
/// <param name="Median">Median survival time by R's rule (<c>survival:::quantile.survfit</c>); null if not reached.</param>
/// <param name="MedianLower">Lower confidence limit of the median (where the lower band crosses 0.5); null if not reached.</param>
/// <param name="MedianUpper">Upper confidence limit of the median; null if not reached.</param>
/// <param name="FollowupMedian">Median follow-up by the reverse Kaplan–Meier method (censorings as events); null if not reached.</param>
/// <param name="Steps">One step per distinct time, censored times included.</param>
public sealed record KaplanMeierStratum(
    string Name, int N, int Events, double? Median, double? MedianLower, double? MedianUpper, double? FollowupMedian,
    IReadOnlyList<KaplanMeierStep> Steps)
{
    /// <summary>
    /// S(t): the survival estimate at time <paramref name="time"/> (right-continuous step function; 1 before the first
    /// step). R: <c>summary(fit, times = t)$surv</c>. Beyond the last observed time the last value is returned
    /// (R returns NA there unless <c>extend = TRUE</c>).
    /// </summary>
    public double SurvivalAt(double time)
    {
        var step = StepAt(time);
        return step?.Survival ?? 1.0;
    }

    /// <summary>The last step with time ≤ <paramref name="time"/>, or null before the first step.</summary>
    public KaplanMeierStep? StepAt(double time)
    {
        int lo = 0, hi = Steps.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Steps[mid].Time <= time) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? null : Steps[found];
    }

    /// <summary>
    /// Number still at risk at <paramref name="time"/> (subjects with time ≥ t), as under a Kaplan–Meier plot and as
    /// R's <c>summary(fit, times = t)$n.risk</c>.
    /// </summary>
    public int NumberAtRisk(double time)
    {
        foreach (var s in Steps)
            if (s.Time >= time) return s.NRisk;
        return 0;
    }

    /// <summary>Cumulative events with time ≤ <paramref name="time"/>.</summary>
    public int EventsBy(double time) => Steps.Where(s => s.Time <= time).Sum(s => s.NEvent);

    /// <summary>Cumulative censorings with time ≤ <paramref name="time"/>.</summary>
    public int CensoredBy(double time) => Steps.Where(s => s.Time <= time).Sum(s => s.NCensor);

    /// <summary>
    /// The "number at risk" table printed under a Kaplan–Meier plot: at each of <paramref name="times"/>, subjects still
    /// at risk (time ≥ t) and cumulative events and censorings up to t. R: <c>summary(fit, times = t)</c> n.risk and
    /// cumsum of n.event / n.censor (survminer's risk table).
    /// </summary>
    public IReadOnlyList<RiskTableRow> RiskTable(IEnumerable<double> times) =>
        times.Select(t => new RiskTableRow(t, NumberAtRisk(t), EventsBy(t), CensoredBy(t))).ToArray();

    /// <summary>
    /// Restricted mean survival time: the area under S(t) from 0 to <paramref name="horizon"/> (default: the last
    /// observed time, as R's <c>print(fit, rmean = "common")</c> for one curve / <c>summary(fit)$table[, "rmean"]</c>).
    /// </summary>
    public double RestrictedMean(double? horizon = null)
    {
        var tau = horizon ?? (Steps.Count == 0 ? 0 : Steps[^1].Time);
        double area = 0, previousTime = 0, current = 1;
        foreach (var s in Steps)
        {
            if (s.Time >= tau) break;
            area += current * (s.Time - previousTime);
            previousTime = s.Time;
            current = s.Survival;
        }
        return area + current * Math.Max(0, tau - previousTime);
    }
}
