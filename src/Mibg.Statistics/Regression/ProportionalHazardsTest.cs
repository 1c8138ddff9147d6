using MathNet.Numerics.LinearAlgebra;
using Mibg.Statistics.Regression.Internal;

namespace Mibg.Statistics.Regression;

/// <summary>The function of time g(t) the scaled Schoenfeld residuals are tested against.</summary>
public enum TimeTransform
{
    /// <summary>1 − S(t−), S the pooled Kaplan–Meier estimate (R's default, <c>transform = "km"</c>).</summary>
    Km,

    /// <summary>The rank of t among all rows' times, ties averaged (<c>"rank"</c>).</summary>
    Rank,

    /// <summary>t itself (<c>"identity"</c>).</summary>
    Identity,

    /// <summary>log t (<c>"log"</c>).</summary>
    Log,
}

/// <summary>
/// Test of the proportional-hazards assumption of a fitted Cox model, as R survival 3.x <c>cox.zph(fit)</c>:
/// for each term, and globally, a score test that the coefficient does not change linearly in g(t).
/// </summary>
/// <remarks>
/// Survival 3.x formulation (Therneau, <c>cox.zph</c> source): the model is extended with x·g(t) columns,
/// g centred at its mean over events; at β̂ (and γ = 0) the 2p score vector is (0, Σ_events g(t)(x − x̄(t)))
/// and the 2p×2p information has blocks I, Σ g I_t, Σ g² I_t. The statistic of a term with columns J is
/// u′ A⁻¹ u on the rows/columns (1..p, p+J), χ² with |J| df; GLOBAL uses all 2p. Ties as in the fit.
/// </remarks>
public static class ProportionalHazardsTest
{
    /// <summary>R: <c>cox.zph(fit, transform = "km", terms = TRUE, global = TRUE)</c>.</summary>
    public static ProportionalHazardsResult Compute(CoxFit fit, TimeTransform transform = TimeTransform.Km)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var frame = fit.Frame ?? throw new ArgumentException("the fit carries no data; use a fit from CoxRegression.Fit");
        var p = frame.P;
        var g = TransformedTimes(frame, transform);
        var (u, information) = SchoenfeldScore.Compute(frame, fit.LinearPredictor, g, fit.Ties == "efron");

        var terms = new List<ProportionalHazardsTerm>();
        for (var t = 0; t < frame.TermNames.Length; t++)
        {
            var columns = Enumerable.Range(0, p).Where(j => frame.ColumnTerm[j] == t).ToArray();
            if (columns.Length == 0) continue;
            var chisq = Statistic(u, information, p, columns);
            terms.Add(new ProportionalHazardsTerm(frame.TermNames[t], chisq, columns.Length, TailProbability.ChiSquare(chisq, columns.Length)));
        }
        var global = Statistic(u, information, p, [.. Enumerable.Range(0, p)]);
        return new ProportionalHazardsResult(TransformName(transform), terms, new ChiSquareTest(global, p, TailProbability.ChiSquare(global, p)));
    }

    /// <summary>u′ A⁻¹ u on indices (0..p−1, p + columns), the first block of u being zero.</summary>
    private static double Statistic(double[] u, double[] information, int p, int[] columns)
    {
        var index = Enumerable.Range(0, p).Concat(columns.Select(c => p + c)).ToArray();
        var m = index.Length;
        var a = Matrix<double>.Build.Dense(m, m, (i, j) => information[index[i] * 2 * p + index[j]]);
        var v = Vector<double>.Build.Dense(m, i => i < p ? 0 : u[index[i]]);
        var statistic = a.Solve(v).DotProduct(v);
        if (!double.IsFinite(statistic))
            throw new ArgumentException("the proportional-hazards test is undefined here: its information matrix is singular (too few events, or a covariate constant within every stratum)");
        return statistic;
    }

    private static string TransformName(TimeTransform transform) => transform switch
    {
        TimeTransform.Km => "km",
        TimeTransform.Rank => "rank",
        TimeTransform.Identity => "identity",
        TimeTransform.Log => "log",
        _ => throw new ArgumentOutOfRangeException(nameof(transform)),
    };

    /// <summary>g(t) per sorted row, centred at its mean over the events.</summary>
    private static double[] TransformedTimes(CoxModelFrame frame, TimeTransform transform)
    {
        var n = frame.N;
        var time = frame.Time;
        var g = transform switch
        {
            TimeTransform.Identity => (double[])time.Clone(),
            TimeTransform.Log => [.. time.Select(t => Math.Log(t))],
            TimeTransform.Rank => AverageRanks(time),
            TimeTransform.Km => frame.Start is { } start
                ? OneMinusKaplanMeierBefore(start, time, frame.Status)
                : OneMinusKaplanMeierBefore(time, frame.Status),
            _ => throw new ArgumentOutOfRangeException(nameof(transform)),
        };
        double sum = 0;
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            if (!frame.Status[i]) continue;
            sum += g[i];
            events++;
        }
        var mean = sum / events;
        for (var i = 0; i < n; i++) g[i] -= mean;
        return g;
    }

    private static (double[] Time, bool[] Status, int[] Order) ByTime(double[] time, bool[] status)
    {
        var order = Enumerable.Range(0, time.Length).ToArray();
        var keys = (double[])time.Clone();
        Array.Sort(keys, order);
        return (keys, [.. order.Select(i => status[i])], order);
    }

    /// <summary>1 − S(t−) with S the Kaplan–Meier estimate of all rows pooled (strata ignored, as R's cox.zph).</summary>
    private static double[] OneMinusKaplanMeierBefore(double[] time, bool[] status)
    {
        var (sorted, sortedStatus, order) = ByTime(time, status);
        var n = sorted.Length;
        var result = new double[n];
        double survival = 1;
        for (var a = 0; a < n;)
        {
            var b = a;
            var deaths = 0;
            while (b < n && sorted[b] == sorted[a])
            {
                if (sortedStatus[b]) deaths++;
                b++;
            }
            for (var i = a; i < b; i++) result[order[i]] = 1 - survival;
            survival *= 1 - (double)deaths / (n - a);
            a = b;
        }
        return result;
    }

    /// <summary>
    /// Counting-process data: 1 − S(t−) at each row's stop time t, S the Kaplan–Meier estimate of all rows pooled with
    /// risk sets start &lt; t ≤ stop (R's survfitKM on <c>Surv(start, stop, event)</c>, as cox.zph uses it).
    /// </summary>
    private static double[] OneMinusKaplanMeierBefore(double[] start, double[] stop, bool[] status)
    {
        var n = stop.Length;
        var byStop = Enumerable.Range(0, n).ToArray();
        Array.Sort((double[])stop.Clone(), byStop);
        var byStart = Enumerable.Range(0, n).ToArray();
        Array.Sort((double[])start.Clone(), byStart);
        // Walk the distinct stop times upwards: at risk = rows with start < t minus rows with stop < t.
        var result = new double[n];
        double survival = 1;
        var entered = 0;
        for (var a = 0; a < n;)
        {
            var t = stop[byStop[a]];
            while (entered < n && start[byStart[entered]] < t) entered++;
            var b = a;
            var deaths = 0;
            while (b < n && stop[byStop[b]] == t)
            {
                if (status[byStop[b]]) deaths++;
                b++;
            }
            for (var i = a; i < b; i++) result[byStop[i]] = 1 - survival;
            var atRisk = entered - a;
            if (deaths > 0) survival *= 1 - (double)deaths / atRisk;
            a = b;
        }
        return result;
    }

    private static double[] AverageRanks(double[] time)
    {
        var (sorted, _, order) = ByTime(time, new bool[time.Length]);
        var result = new double[time.Length];
        for (var a = 0; a < sorted.Length;)
        {
            var b = a;
            while (b < sorted.Length && sorted[b] == sorted[a]) b++;
            var rank = (a + 1 + b) / 2.0;
            for (var i = a; i < b; i++) result[order[i]] = rank;
            a = b;
        }
        return result;
    }
}

/// <summary>R's <c>cox.zph(fit)$table</c>: one row per term and the global test.</summary>
/// <param name="Transform">The time transform used (<c>km</c>, <c>rank</c>, <c>identity</c>, <c>log</c>).</param>
/// <param name="Terms">Per-term tests, in formula order (a factor is one term).</param>
/// <param name="Global">The GLOBAL row.</param>
public sealed record ProportionalHazardsResult(string Transform, IReadOnlyList<ProportionalHazardsTerm> Terms, ChiSquareTest Global);

/// <summary>One term's proportional-hazards test: χ², df (columns of the term), p.</summary>
public sealed record ProportionalHazardsTerm(string Term, double Chisq, int Df, double P);
