using System.Runtime.CompilerServices;
namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// Score vector and information of the Cox model extended with x·g(t) columns, at (β̂, 0): the quantities
/// of R survival's <c>cox.zph</c> (C routine zph1). One backward pass per stratum, as
/// <see cref="PartialLikelihood"/>, with the time weight g of each event time on the second block; counting-process
/// data takes rows out of the risk set once t ≤ start, as there (R's zph2). Case weights as in the fit: r = w exp(η),
/// each death adds w x, and each step counts the deaths' total weight (Breslow) or mean weight (Efron).
/// </summary>
internal static class SchoenfeldScore
{
    /// <returns>u (length 2p; the first p are ≈ 0 at β̂) and the 2p×2p information, row-major.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double[] U, double[] Information) Compute(CoxModelFrame frame, double[] eta, double[] g, bool efron)
    {
        var p = frame.P;
        var n = frame.N;
        var q = 2 * p;
        // Centre X by its column means (numerical stability only; the statistics are invariant).
        var x = (double[])frame.X.Clone();
        for (var j = 0; j < p; j++)
        {
            double mean = 0;
            for (long r = 0; r < n; r++) mean += x[r * p + j];
            mean /= n;
            for (long r = 0; r < n; r++) x[r * p + j] -= mean;
        }
        var u = new double[q];
        var imat = new double[q * q];
        var s1 = new double[p];
        var s2 = new double[p * p];
        var d1 = new double[p];
        var d2 = new double[p * p];
        var starts = frame.StratumStarts;
        var start = frame.Start;
        var byStart = frame.StartOrder;
        var spans = frame.Spans;
        var caseWeight = frame.Weight;
        for (var s = 0; s + 1 < starts.Length; s++)
        {
            var first = starts[s];
            double s0 = 0;
            Array.Clear(s1);
            Array.Clear(s2);
            var row = starts[s + 1] - 1;
            var leaving = row;
            var atRisk = 0;
            while (row >= first)
            {
                var t = frame.Time[row];
                for (; start is not null && leaving >= first && start[byStart![leaving]] >= t; leaving--)
                {
                    var gone = byStart[leaving];
                    if (!spans![gone]) continue;
                    if (--atRisk == 0)
                    {
                        s0 = 0;
                        Array.Clear(s1);
                        Array.Clear(s2);
                        continue;
                    }
                    var goneRisk = caseWeight is null ? Math.Exp(eta[gone]) : caseWeight[gone] * Math.Exp(eta[gone]);
                    s0 -= goneRisk;
                    var goneOffset = (long)gone * p;
                    for (var j = 0; j < p; j++)
                    {
                        var rx = goneRisk * x[goneOffset + j];
                        s1[j] -= rx;
                        for (var k = 0; k <= j; k++) s2[j * p + k] -= rx * x[goneOffset + k];
                    }
                }
                var weight = g[row];
                var deaths = 0;
                double deadWeight = 0;
                double d0 = 0;
                Array.Clear(d1);
                Array.Clear(d2);
                for (; row >= first && frame.Time[row] == t; row--)
                {
                    if (spans is not null && !spans[row]) continue;
                    atRisk++;
                    var offset = (long)row * p;
                    var w = caseWeight is null ? 1.0 : caseWeight[row];
                    var risk = caseWeight is null ? Math.Exp(eta[row]) : w * Math.Exp(eta[row]);
                    double[] sum1, sum2;
                    if (frame.Status[row])
                    {
                        deaths++;
                        deadWeight += w;
                        d0 += risk;
                        for (var j = 0; j < p; j++)
                        {
                            u[j] += w * x[offset + j];
                            u[p + j] += weight * w * x[offset + j];
                        }
                        sum1 = d1;
                        sum2 = d2;
                    }
                    else
                    {
                        s0 += risk;
                        sum1 = s1;
                        sum2 = s2;
                    }
                    for (var j = 0; j < p; j++)
                    {
                        var rx = risk * x[offset + j];
                        sum1[j] += rx;
                        for (var k = 0; k <= j; k++) sum2[j * p + k] += rx * x[offset + k];
                    }
                }
                if (deaths == 0) continue;
                var steps = efron ? deaths : 1;
                var share = efron ? 1.0 / deaths : 1.0;
                var stepWeight = efron ? deadWeight / deaths : deadWeight;
                for (var k = 0; k < steps; k++)
                {
                    s0 += d0 * share;
                    for (var j = 0; j < p; j++) s1[j] += d1[j] * share;
                    for (var j = 0; j < p * p; j++) s2[j] += d2[j] * share;
                    for (var j = 0; j < p; j++)
                    {
                        var mean = s1[j] / s0;
                        u[j] -= stepWeight * mean;
                        u[p + j] -= weight * stepWeight * mean;
                        for (var m = 0; m <= j; m++)
                        {
                            var v = stepWeight * (s2[j * p + m] - mean * s1[m]) / s0;
                            imat[j * q + m] += v;
                            imat[j * q + p + m] += weight * v;
                            imat[(p + j) * q + p + m] += weight * weight * v;
                        }
                    }
                }
            }
        }
        // Fill by symmetry: each p×p block is symmetric and the whole matrix is.
        for (var j = 0; j < p; j++)
        {
            for (var m = 0; m < j; m++)
            {
                imat[m * q + j] = imat[j * q + m];
                imat[m * q + p + j] = imat[j * q + p + m];
                imat[(p + m) * q + p + j] = imat[(p + j) * q + p + m];
            }
        }
        for (var j = 0; j < p; j++)
            for (var m = 0; m < p; m++) imat[(p + m) * q + j] = imat[j * q + p + m];
        return (u, imat);
    }
}
