namespace Mibg.Statistics.CompetingRisks;

/// <summary>
/// Cumulative incidence curves of every cause in every group, and Gray's test per cause. R:
/// <c>cuminc(ftime, fstatus, group, strata, rho, cencode)</c> of package cmprsk 2.2 (Gray 1988; docs/competing-risks.md).
/// </summary>
/// <param name="Groups">Group labels in R's factor order ("all" without groups).</param>
/// <param name="Causes">Cause codes that occur (status ≠ censoring code), ascending, as strings.</param>
/// <param name="Curves">One curve per cause and group, cause-major as cmprsk lists them ("1 1", "2 1", …, "1 2", …).</param>
/// <param name="Tests">Gray's test of each cause, in <paramref name="Causes"/> order; empty with one group.</param>
public sealed record CumulativeIncidenceResult(
    IReadOnlyList<string> Groups, IReadOnlyList<string> Causes,
    IReadOnlyList<CumulativeIncidenceCurve> Curves, IReadOnlyList<GrayTest> Tests)
{
    /// <summary>The curve of <paramref name="cause"/> in <paramref name="group"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such group or cause.</exception>
    public CumulativeIncidenceCurve Curve(string group, string cause) =>
        Curves.FirstOrDefault(c => c.Group == group && c.Cause == cause)
        ?? throw new KeyNotFoundException($"No cumulative incidence curve for group '{group}', cause '{cause}'.");

    /// <summary>Gray's test of <paramref name="cause"/>, or null (one group, or no such cause).</summary>
    public GrayTest? Test(string cause) => Tests.FirstOrDefault(t => t.Cause == cause);
}

/// <summary>
/// The cumulative incidence F_k(t) = P(T ≤ t, cause = k) of one cause in one group: the Aalen–Johansen estimate
/// Σ_{t_j ≤ t} S(t_j−) d_kj / n_j (S the all-cause Kaplan–Meier, d_kj failures from cause k at t_j, n_j at risk),
/// with the variance of cmprsk's <c>cinc</c> (Gray's delta-method estimator). Values lie in [0, 1].
/// </summary>
/// <param name="Group">Group label.</param>
/// <param name="Cause">Cause code as a string.</param>
/// <param name="N">Subjects in the group.</param>
/// <param name="Events">Failures from this cause in the group.</param>
/// <param name="Steps">
/// The corner points exactly as cmprsk returns them (<c>$time</c>, <c>$est</c>, <c>$var</c>): (0, 0, 0) first, then
/// each distinct failure time of this cause twice — the value just before and the value at it — and last the
/// group's largest follow-up time with the final value. Drawing straight lines through them draws the step function.
/// </param>
public sealed record CumulativeIncidenceCurve(string Group, string Cause, int N, int Events, IReadOnlyList<CumulativeIncidencePoint> Steps)
{
    /// <summary>
    /// Estimates at the given times with cmprsk's <c>timepoints()</c> rules: times sorted and duplicates removed; the
    /// right-continuous value at each time; null (R's NA) before 0 or after the group's largest follow-up time.
    /// </summary>
    public IReadOnlyList<CumulativeIncidenceAt> At(IEnumerable<double> times)
    {
        var sorted = times.Distinct().Order().ToArray();
        var result = new CumulativeIncidenceAt[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var index = IndexAt(sorted[i]);
            result[i] = index < 0
                ? new CumulativeIncidenceAt(sorted[i], null, null)
                : new CumulativeIncidenceAt(sorted[i], Steps[index].Estimate, Steps[index].Variance);
        }
        return result;
    }

    // Fortran tpoi of cmprsk: the last corner when t equals the last time, else the corner after the last x ≤ t.
    private int IndexAt(double t)
    {
        var n = Steps.Count;
        if (double.IsNaN(t) || t > Steps[n - 1].Time) return -1;
        if (t == Steps[n - 1].Time) return n - 1;
        int lo = 0, hi = n - 2, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Steps[mid].Time <= t) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? -1 : found + 1;
    }
}

/// <summary>One corner point of a cumulative incidence curve.</summary>
/// <param name="Time">Time (same unit as the input).</param>
/// <param name="Estimate">Cumulative incidence, in [0, 1].</param>
/// <param name="Variance">Estimated variance of the estimate (cmprsk's <c>cinc</c>).</param>
public sealed record CumulativeIncidencePoint(double Time, double Estimate, double Variance);

/// <summary>A cumulative incidence read at a chosen time (cmprsk <c>timepoints()</c>).</summary>
/// <param name="Time">The time asked for.</param>
/// <param name="Estimate">Cumulative incidence; null when the time is after the group's follow-up (R: NA).</param>
/// <param name="Variance">Its variance; null likewise.</param>
public sealed record CumulativeIncidenceAt(double Time, double? Estimate, double? Variance);

/// <summary>
/// Gray's k-sample test that the cumulative incidence of one cause is equal in all groups (Gray 1988, Ann Stat
/// 16:1141), optionally stratified: statistic sᵀV⁻¹s on the scores of the first k−1 groups, chi-square with k−1 df.
/// </summary>
/// <param name="Cause">Cause code as a string.</param>
/// <param name="Statistic">The chi-square statistic; null when V is singular (R reports −1 there, with p = 1).</param>
/// <param name="Df">Degrees of freedom: number of groups − 1.</param>
/// <param name="P">R's <c>1 − pchisq(stat, df)</c> (so, as in R, it bottoms out near 1e-16); null when V is singular.</param>
public sealed record GrayTest(string Cause, double? Statistic, int Df, double? P);
