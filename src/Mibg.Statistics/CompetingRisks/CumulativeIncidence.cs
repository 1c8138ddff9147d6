using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Mibg.Statistics.CompetingRisks.Internal;
using Mibg.Statistics.Internal;

namespace Mibg.Statistics.CompetingRisks;

/// <summary>
/// Cumulative incidence with competing risks (Aalen–Johansen estimator, Gray's variance) and Gray's k-sample test per
/// cause, optionally stratified, equal to R <c>cmprsk::cuminc</c> 2.2 (Fortran <c>cinc</c>, <c>crstm</c>):
/// Gray RJ (1988) A class of K-sample tests for comparing the cumulative incidence of a competing risk. Ann Stat
/// 16:1141–1154. Definitions in docs/competing-risks.md.
/// </summary>
public static class CumulativeIncidence
{
    /// <summary>Label of the single group when no grouping is given.</summary>
    public const string AllGroup = "all";

    /// <summary>Estimates every cause's cumulative incidence per group and, with two or more groups, Gray's tests.</summary>
    /// <param name="times">Time of failure or censoring of each subject: finite, ≥ 0.</param>
    /// <param name="status">
    /// <paramref name="censorCode"/> = censored; any other integer = failed from that cause. At least one failure.
    /// </param>
    /// <param name="groups">Group label of each subject (curves per group, compared by Gray's test); null = one group.
    /// Groups are ordered as R's <c>factor()</c> orders them (numerically when all labels are numbers).</param>
    /// <param name="strata">Stratum label of each subject for Gray's test (score and variance summed over strata); null =
    /// unstratified. Strata do not change the curves.</param>
    /// <param name="censorCode">Status code of censored subjects (cmprsk <c>cencode</c>, default 0).</param>
    /// <param name="rho">Power of the test's weight (1 − F(t−))^rho (cmprsk <c>rho</c>, default 0).</param>
    /// <exception cref="ArgumentException">Lengths differ, a time is negative or not finite, or nobody failed.</exception>
    public static CumulativeIncidenceResult Fit(
        double[] times, int[] status, string[]? groups = null, string[]? strata = null, int censorCode = 0, double rho = 0)
    {
        var n = times.Length;
        if (status.Length != n || (groups is not null && groups.Length != n) || (strata is not null && strata.Length != n))
            throw new ArgumentException("times, status, groups and strata must have the same length.");
        for (var i = 0; i < n; i++)
            if (!double.IsFinite(times[i]) || times[i] < 0)
                throw new ArgumentException($"times[{i}] = {times[i].ToString(CultureInfo.InvariantCulture)}: times must be finite and ≥ 0.", nameof(times));
        if (!double.IsFinite(rho)) throw new ArgumentException("rho must be finite.", nameof(rho));
        var (levels, codes) = groups is null ? ([AllGroup], new int[n]) : FactorLevels.Encode(groups);
        var causes = status.Where(s => s != censorCode).Distinct().Order().ToArray();
        if (causes.Length == 0) throw new ArgumentException("No subject failed from any cause: there is no cumulative incidence to estimate.", nameof(status));

        // d[order(d$time), ]
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        var sortedTimes = (double[])times.Clone();
        KeyOrder.Sort(sortedTimes, order);
        var k = levels.Length;
        var byGroup = GroupRuns(order, codes, k);
        var sortedStatus = new int[n];
        var groupTimes = new double[n];
        for (var r = 0; r < n; r++)
        {
            sortedStatus[r] = status[byGroup.Order[r]];
            groupTimes[r] = times[byGroup.Order[r]];
        }

        var curves = new List<CumulativeIncidenceCurve>(causes.Length * k);
        var failed = new bool[n];
        var ofCause = new bool[n];
        for (var r = 0; r < n; r++) failed[r] = sortedStatus[r] != censorCode;
        foreach (var cause in causes)
        {
            for (var r = 0; r < n; r++) ofCause[r] = sortedStatus[r] == cause;
            var label = cause.ToString(CultureInfo.InvariantCulture);
            for (var g = 0; g < k; g++)
            {
                var (start, end) = (byGroup.Starts[g], byGroup.Starts[g + 1]);
                var (x, f, v) = CumulativeIncidenceEstimator.Estimate(
                    groupTimes.AsSpan(start, end - start), failed.AsSpan(start, end - start), ofCause.AsSpan(start, end - start));
                var steps = new CumulativeIncidencePoint[x.Length];
                for (var j = 0; j < x.Length; j++) steps[j] = new CumulativeIncidencePoint(x[j], f[j], v[j]);
                var events = 0;
                for (var r = start; r < end; r++) if (ofCause[r]) events++;
                curves.Add(new CumulativeIncidenceCurve(levels[g], label, end - start, events, steps));
            }
        }
        var tests = k > 1 ? GrayTests(times, status, order, codes, strata, k, causes, censorCode, rho) : [];
        return new CumulativeIncidenceResult(levels, causes.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray(), curves, tests);
    }

    private static GrayTest[] GrayTests(
        double[] times, int[] status, int[] order, int[] groupCodes, string[]? strata, int k, int[] causes, int censorCode, double rho)
    {
        var n = times.Length;
        var (stratumCount, stratumCodes) = strata is null ? (1, new int[n]) : Encode(strata);
        var runs = GroupRuns(order, stratumCodes, stratumCount);
        var y = new double[n];
        var group = new int[n];
        for (var r = 0; r < n; r++)
        {
            y[r] = times[runs.Order[r]];
            group[r] = groupCodes[runs.Order[r]];
        }
        var ranges = new (int, int)[stratumCount];
        for (var s = 0; s < stratumCount; s++) ranges[s] = (runs.Starts[s], runs.Starts[s + 1]);
        var m = new byte[n];
        var tests = new GrayTest[causes.Length];
        for (var c = 0; c < causes.Length; c++)
        {
            for (var r = 0; r < n; r++)
            {
                var st = status[runs.Order[r]];
                m[r] = st == censorCode ? (byte)0 : st == causes[c] ? (byte)1 : (byte)2;
            }
            var (score, variance) = GrayScore.Compute(y, m, group, ranges, k, rho);
            var label = causes[c].ToString(CultureInfo.InvariantCulture);
            var df = k - 1;
            if (QrRank.Of(variance, df, df) < df)
            {
                tests[c] = new GrayTest(label, null, df, null);
                continue;
            }
            var v = Matrix<double>.Build.Dense(df, df, (i, j) => variance[i * df + j]);
            var s = Vector<double>.Build.Dense(score);
            var statistic = s.DotProduct(v.Solve(s));
            // R: 1 - pchisq(stat, df), computed as the complement of the lower tail.
            var p = 1 - (1 - Distributions.ChiSquareUpper(statistic, df));
            tests[c] = new GrayTest(label, statistic, df, p);
        }
        return tests;
    }

    private static (int Count, int[] Codes) Encode(string[] labels)
    {
        var (levels, codes) = FactorLevels.Encode(labels);
        return (levels.Length, codes);
    }

    /// <summary>Rows in <paramref name="order"/> regrouped by code, keeping their order within each code (a stable bucket sort).</summary>
    private static (int[] Order, int[] Starts) GroupRuns(int[] order, int[] codes, int count)
    {
        var starts = new int[count + 1];
        foreach (var c in codes) starts[c + 1]++;
        for (var g = 0; g < count; g++) starts[g + 1] += starts[g];
        var fill = (int[])starts.Clone();
        var result = new int[order.Length];
        foreach (var i in order) result[fill[codes[i]]++] = i;
        return (result, starts);
    }
}
