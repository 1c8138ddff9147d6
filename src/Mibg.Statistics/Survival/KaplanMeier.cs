using System.Runtime.CompilerServices;
using Mibg.Statistics.Internal;

namespace Mibg.Statistics.Survival;

/// <summary>
/// Kaplan–Meier product-limit estimator with Greenwood variance, pointwise confidence intervals, median with its
/// confidence interval and reverse Kaplan–Meier median follow-up. R equivalent:
/// <c>survfit(Surv(time, event) ~ group, conf.type = ...)</c> with <c>summary(fit, censored = TRUE)</c> and
/// <c>summary(fit)$table</c> (survival 3.5).
/// </summary>
public static class KaplanMeier
{
    /// <summary>Fits one curve named "all".</summary>
    /// <param name="times">Follow-up times (finite, ≥ 0 is expected but not required).</param>
    /// <param name="events">true = event, false = censored, same length as <paramref name="times"/>.</param>
    /// <param name="options">Interval type and level; null for R's defaults (log, 0.95).</param>
    public static KaplanMeierResult Fit(double[] times, bool[] events, KaplanMeierOptions? options = null)
    {
        Check(times, events);
        options ??= KaplanMeierOptions.Default;
        var order = SortedOrder(times, Enumerable.Range(0, times.Length).ToArray());
        var stratum = FitSorted("all", times, events, order, options);
        return new KaplanMeierResult("kaplan-meier", options.ConfType.ToRName(), options.ConfLevel, 0, [stratum]);
    }

    /// <summary>Fits one curve per group; groups ordered as R's <c>factor()</c> (numeric labels numerically, text by R's ICU collation).</summary>
    /// <param name="times">Follow-up times.</param>
    /// <param name="events">true = event.</param>
    /// <param name="groups">Group label of each subject, as written in the data.</param>
    /// <param name="options">Interval type and level; null for R's defaults.</param>
    public static KaplanMeierResult FitGroups(double[] times, bool[] events, string[] groups, KaplanMeierOptions? options = null)
    {
        Check(times, events);
        if (groups.Length != times.Length)
            throw new ArgumentException($"groups has {groups.Length} values, times has {times.Length}.", nameof(groups));
        options ??= KaplanMeierOptions.Default;
        var (levels, codes) = FactorLevels.Encode(groups);
        var members = new List<int>[levels.Length];
        for (var g = 0; g < levels.Length; g++) members[g] = [];
        for (var i = 0; i < codes.Length; i++) members[codes[i]].Add(i);
        var strata = new KaplanMeierStratum[levels.Length];
        for (var g = 0; g < levels.Length; g++)
            strata[g] = FitSorted(levels[g], times, events, SortedOrder(times, [.. members[g]]), options);
        return new KaplanMeierResult("kaplan-meier", options.ConfType.ToRName(), options.ConfLevel, 0, strata);
    }

    private static void Check(double[] times, bool[] events)
    {
        if (times.Length != events.Length)
            throw new ArgumentException($"events has {events.Length} values, times has {times.Length}.", nameof(events));
        foreach (var t in times)
            if (!double.IsFinite(t)) throw new ArgumentException("times must be finite numbers.", nameof(times));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    private static int[] SortedOrder(double[] times, int[] subset)
    {
        var keys = new double[subset.Length];
        for (var i = 0; i < subset.Length; i++) keys[i] = times[subset[i]];
        KeyOrder.Sort(keys, subset);
        return subset;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    private static KaplanMeierStratum FitSorted(string name, double[] times, bool[] events, int[] order, KaplanMeierOptions options)
    {
        var z = Distributions.NormalQuantile(1 - (1 - options.ConfLevel) / 2);
        var steps = new List<KaplanMeierStep>();
        var n = order.Length;
        int atRisk = n, totalEvents = 0;
        double survival = 1, greenwood = 0;
        var infinite = false;
        // Reverse Kaplan–Meier (censorings as events) for median follow-up, on the same pass.
        double reverse = 1;
        var reverseCurve = new List<double?>();
        for (var i = 0; i < n;)
        {
            var t = times[order[i]];
            int d = 0, c = 0;
            var j = i;
            for (; j < n && times[order[j]] == t; j++)
                if (events[order[j]]) d++; else c++;
            if (d > 0)
            {
                survival *= (double)(atRisk - d) / atRisk;
                if (atRisk == d) infinite = true;
                else greenwood += (double)d / ((double)atRisk * (atRisk - d));
            }
            if (c > 0) reverse *= (double)(atRisk - c) / atRisk;
            reverseCurve.Add(reverse);
            var seLog = infinite ? double.PositiveInfinity : Math.Sqrt(greenwood);
            var (lower, upper) = Interval(survival, seLog, z, options.ConfType);
            double? stdErr = infinite ? null : survival * seLog;
            steps.Add(new KaplanMeierStep(t, atRisk, d, c, survival, stdErr, lower, upper));
            totalEvents += d;
            atRisk -= d + c;
            i = j;
        }
        var stepTimes = steps.Select(s => s.Time).ToArray();
        var median = StepQuantile.Find(stepTimes, steps.Select(s => (double?)s.Survival).ToArray(), 0.5);
        var medianLower = StepQuantile.Find(stepTimes, steps.Select(s => s.Lower).ToArray(), 0.5);
        var medianUpper = StepQuantile.Find(stepTimes, steps.Select(s => s.Upper).ToArray(), 0.5);
        var followup = StepQuantile.Find(stepTimes, reverseCurve, 0.5);
        return new KaplanMeierStratum(name, n, totalEvents, median, medianLower, medianUpper, followup, steps);
    }

    /// <summary>R's <c>survival:::survfit_confint(p, se, logse = TRUE, conf.type, conf.int)</c>.</summary>
    internal static (double? Lower, double? Upper) Interval(double p, double seLog, double z, ConfidenceType type)
    {
        switch (type)
        {
            case ConfidenceType.Plain:
            {
                var se2 = seLog * p * z;
                if (double.IsNaN(se2)) return (null, null);
                return (Math.Max(p - se2, 0), Math.Min(p + se2, 1));
            }
            case ConfidenceType.Log:
            {
                if (p == 0 || double.IsInfinity(seLog)) return (null, null);
                var se2 = z * seLog;
                return (Math.Exp(Math.Log(p) - se2), Math.Min(Math.Exp(Math.Log(p) + se2), 1));
            }
            case ConfidenceType.LogLog:
            {
                if (p == 0 || p == 1 || double.IsInfinity(seLog)) return (null, null);
                var se2 = z * seLog / Math.Log(p);
                var center = Math.Log(-Math.Log(p));
                return (Math.Exp(-Math.Exp(center - se2)), Math.Exp(-Math.Exp(center + se2)));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, null);
        }
    }
}
