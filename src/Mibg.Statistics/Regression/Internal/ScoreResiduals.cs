using System.Runtime.CompilerServices;

namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// Score residuals of a Cox model, one p-vector per row: Lᵢ = ∫ (xᵢ − x̄(t)) dMᵢ(t), the row's share of the score
/// U(β) (R survival's <c>residuals(fit, type = "score")</c>, C routines coxscore2 and agscore2). With Λ the Breslow
/// cumulative hazard, a row's residual is its own event term xᵢ − x̄(tᵢ) less rᵢ Σ (xᵢ − x̄(tₖ)) dΛ(tₖ) over the event
/// times tₖ at which it is at risk (start &lt; tₖ ≤ stop). Efron's ties split d tied deaths into d steps with
/// fractions f = 0, 1/d, …, (d−1)/d of their risk taken out of the denominator; each tied death gets the mean of the
/// d centred covariate vectors and is charged (1 − f) of each step. Costs O(n p) plus a binary search per row:
/// running sums of dΛ and x̄ dΛ over the event times, differenced at each row's start and stop.
/// </summary>
internal static class ScoreResiduals
{
    /// <summary>
    /// Unweighted residuals (row-major, sorted rows of <paramref name="frame"/>, original covariate scale) at the linear
    /// predictor <paramref name="eta"/> (any constant shift gives the same residuals); weights enter only the risk sets.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double[] Compute(CoxModelFrame frame, double[] eta, bool efron)
    {
        var p = frame.P;
        var n = frame.N;
        var x = Centred(frame);
        var weight = frame.Weight;
        var time = frame.Time;
        var start = frame.Start;
        var byStart = frame.StartOrder;
        var spans = frame.Spans;
        var risk = new double[n];
        for (var r = 0; r < n; r++) risk[r] = Math.Exp(eta[r]);
        var resid = new double[(long)n * p];
        var a = new double[p];
        var a2 = new double[p];
        var xbar = new double[p];
        for (var s = 0; s + 1 < frame.StratumStarts.Length; s++)
        {
            var first = frame.StratumStarts[s];
            var end = frame.StratumStarts[s + 1];
            // Backward sweep (as PartialLikelihood): the risk-set sums at each event time, latest first.
            var steps = new List<EventStep>();
            double denom = 0;
            Array.Clear(a);
            var row = end - 1;
            var leaving = row;
            var atRisk = 0;
            while (row >= first)
            {
                var t = time[row];
                for (; start is not null && leaving >= first && start[byStart![leaving]] >= t; leaving--)
                {
                    var gone = byStart[leaving];
                    if (!spans![gone]) continue;
                    if (--atRisk == 0)
                    {
                        denom = 0;
                        Array.Clear(a);
                        continue;
                    }
                    var wr = Weighted(weight, gone, risk);
                    denom -= wr;
                    for (var j = 0; j < p; j++) a[j] -= wr * x[(long)gone * p + j];
                }
                var deaths = 0;
                double deadWeight = 0, deathDenom = 0;
                Array.Clear(a2);
                for (; row >= first && time[row] == t; row--)
                {
                    if (spans is not null && !spans[row]) continue;
                    atRisk++;
                    var wr = Weighted(weight, row, risk);
                    denom += wr;
                    for (var j = 0; j < p; j++) a[j] += wr * x[(long)row * p + j];
                    if (!frame.Status[row]) continue;
                    deaths++;
                    deadWeight += weight is null ? 1 : weight[row];
                    deathDenom += wr;
                    for (var j = 0; j < p; j++) a2[j] += wr * x[(long)row * p + j];
                }
                if (deaths > 0) steps.Add(Step(t, deaths, deadWeight, denom, deathDenom, a, a2, xbar, efron && deaths > 1));
            }
            steps.Reverse();
            // Cumulative dΛ and x̄ dΛ after each event time (index k + 1), 0 before the first.
            var m = steps.Count;
            var times = new double[m];
            var hazard = new double[m + 1];
            var xHazard = new double[(m + 1) * p];
            for (var k = 0; k < m; k++)
            {
                times[k] = steps[k].Time;
                hazard[k + 1] = hazard[k] + steps[k].Hazard;
                for (var j = 0; j < p; j++) xHazard[(k + 1) * p + j] = xHazard[k * p + j] + steps[k].XHazard[j];
            }
            for (var i = first; i < end; i++)
            {
                var kStop = CountAtOrBelow(times, time[i]);
                var kStart = start is null ? 0 : CountAtOrBelow(times, start[i]);
                var offset = (long)i * p;
                var dh = hazard[kStop] - hazard[kStart];
                for (var j = 0; j < p; j++)
                    resid[offset + j] = -risk[i] * (x[offset + j] * dh - (xHazard[kStop * p + j] - xHazard[kStart * p + j]));
                if (!frame.Status[i]) continue;
                var own = steps[kStop - 1];
                for (var j = 0; j < p; j++)
                    resid[offset + j] += x[offset + j] - own.MeanXbar[j] + risk[i] * (x[offset + j] * own.Precharge - own.XPrecharge[j]);
            }
        }
        return resid;
    }

    private static double Weighted(double[]? weight, int row, double[] risk) => weight is null ? risk[row] : weight[row] * risk[row];

    /// <summary>
    /// One event time: dΛ and x̄ dΛ summed over its steps (one for Breslow or a single death; d for Efron), the deaths'
    /// mean x̄ over the steps, and Σ f dΛ, Σ f x̄ dΛ (what a tied death is not charged).
    /// </summary>
    private sealed record EventStep(double Time, double Hazard, double[] XHazard, double[] MeanXbar, double Precharge, double[] XPrecharge);

    private static EventStep Step(double time, int deaths, double deadWeight, double denom, double deathDenom,
        double[] a, double[] a2, double[] xbar, bool efron)
    {
        var p = a.Length;
        var xHazard = new double[p];
        var meanXbar = new double[p];
        var xPrecharge = new double[p];
        double hazardSum = 0, precharge = 0;
        var steps = efron ? deaths : 1;
        var stepWeight = efron ? deadWeight / deaths : deadWeight;
        for (var k = 0; k < steps; k++)
        {
            var f = efron ? (double)k / deaths : 0;
            var d = denom - f * deathDenom;
            var h = stepWeight / d;
            hazardSum += h;
            precharge += h * f;
            for (var j = 0; j < p; j++)
            {
                xbar[j] = (a[j] - f * a2[j]) / d;
                xHazard[j] += xbar[j] * h;
                meanXbar[j] += xbar[j] / steps;
                xPrecharge[j] += xbar[j] * h * f;
            }
        }
        return new EventStep(time, hazardSum, xHazard, meanXbar, precharge, xPrecharge);
    }

    /// <summary>Number of values ≤ <paramref name="value"/> in an ascending array.</summary>
    private static int CountAtOrBelow(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The design with each column's mean taken off (numerical stability only: the residuals are invariant).</summary>
    private static double[] Centred(CoxModelFrame frame)
    {
        var p = frame.P;
        var n = frame.N;
        var x = (double[])frame.X.Clone();
        for (var j = 0; j < p; j++)
        {
            double mean = 0;
            for (long r = 0; r < n; r++) mean += x[r * p + j];
            mean /= n;
            for (long r = 0; r < n; r++) x[r * p + j] -= mean;
        }
        return x;
    }
}
