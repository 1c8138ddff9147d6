using System.Runtime.CompilerServices;
namespace Mibg.Statistics.Regression.Internal;

/// <summary>
/// Log partial likelihood ℓ(β), score U(β) and information I(β) of the Cox model in one backward pass per
/// stratum over time-sorted rows: the risk-set sums Σ r, Σ r x, Σ r x x′ (r = exp(x′β)) are running totals
/// from the latest time down, so a pass costs O(n p²). Tied event times use Breslow's or Efron's
/// approximation, Efron handled per tied block:
/// <code>
/// Breslow: ℓ += Σ_d x_d′β − d log S₀;  U += Σ_d x_d − d S₁/S₀;  I += d (S₂/S₀ − S₁S₁′/S₀²)
/// Efron:   for k = 1..d, with S_j(k) = risk-set sums less (d−k)/d of the tied deaths' share,
///          ℓ −= log S₀(k);  U −= S₁(k)/S₀(k);  I += S₂(k)/S₀(k) − S₁(k)S₁(k)′/S₀(k)²
/// </code>
/// (Therneau &amp; Grambsch, Modeling Survival Data, 2000, §3.3; the same sums as R survival's coxfit6).
/// Counting-process (start, stop] data uses the same pass with rows also leaving: before the events at t, every row
/// with start ≥ t is subtracted from the running sums (R's agfit4; the sums are reset to zero when the risk set
/// empties, as there, so that subtraction leaves no rounding residue).
/// Case weights wᵢ (R's coxfit6/agfit4): r = w exp(x′β) in the sums, each death adds wᵢ xᵢ′β and wᵢ xᵢ, Breslow's d is
/// the deaths' total weight, and Efron's d terms are each multiplied by the deaths' mean weight (the fractions k/d
/// still count deaths).
/// </summary>
internal sealed class PartialLikelihood
{
    private readonly double[] _time;
    private readonly bool[] _status;
    private readonly int[] _starts;
    private readonly double[] _x;
    private readonly int _p;
    private readonly bool _efron;
    private readonly double[] _s1;
    private readonly double[] _s2;
    private readonly double[] _d1;
    private readonly double[] _d2;
    private readonly double[]? _start;
    private readonly int[]? _byStart;
    private readonly bool[]? _spans;
    private readonly double[]? _risk;
    private readonly double[]? _weight;

    public PartialLikelihood(CoxModelFrame frame, double[] x, CoxTies ties)
    {
        _time = frame.Time;
        _status = frame.Status;
        _starts = frame.StratumStarts;
        _x = x;
        _p = frame.P;
        _efron = ties == CoxTies.Efron;
        _s1 = new double[_p];
        _s2 = new double[_p * _p];
        _d1 = new double[_p];
        _d2 = new double[_p * _p];
        _start = frame.Start;
        _byStart = frame.StartOrder;
        _spans = frame.Spans;
        _risk = frame.IsCountingProcess ? new double[frame.N] : null;
        _weight = frame.Weight;
        Score = new double[_p];
        Information = new double[_p * _p];
    }

    /// <summary>U(β) of the last <see cref="Evaluate"/>.</summary>
    public double[] Score { get; }

    /// <summary>I(β) of the last <see cref="Evaluate"/>, p×p row-major, symmetric.</summary>
    public double[] Information { get; }

    /// <summary>Computes ℓ(β), and fills <see cref="Score"/> and <see cref="Information"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Evaluate(double[] beta)
    {
        var p = _p;
        var x = _x;
        var u = Score;
        var imat = Information;
        Array.Clear(u);
        Array.Clear(imat);
        double loglik = 0;
        for (var s = 0; s + 1 < _starts.Length; s++)
        {
            var first = _starts[s];
            double s0 = 0;
            Array.Clear(_s1);
            Array.Clear(_s2);
            var row = _starts[s + 1] - 1;
            var leaving = row;
            var atRisk = 0;
            while (row >= first)
            {
                var t = _time[row];
                if (_start is not null) Leave(t, first, ref leaving, ref atRisk, ref s0);
                var deaths = 0;
                double deadWeight = 0;
                double d0 = 0;
                Array.Clear(_d1);
                Array.Clear(_d2);
                for (; row >= first && _time[row] == t; row--)
                {
                    if (_spans is not null && !_spans[row]) continue;
                    var offset = (long)row * p;
                    double eta = 0;
                    for (var j = 0; j < p; j++) eta += beta[j] * x[offset + j];
                    var w = _weight is null ? 1.0 : _weight[row];
                    var risk = _weight is null ? Math.Exp(eta) : w * Math.Exp(eta);
                    if (_risk is not null) _risk[row] = risk;
                    atRisk++;
                    double[] sum1, sum2;
                    if (_status[row])
                    {
                        deaths++;
                        deadWeight += w;
                        d0 += risk;
                        if (_weight is null)
                        {
                            loglik += eta;
                            for (var j = 0; j < p; j++) u[j] += x[offset + j];
                        }
                        else
                        {
                            loglik += w * eta;
                            for (var j = 0; j < p; j++) u[j] += w * x[offset + j];
                        }
                        sum1 = _d1;
                        sum2 = _d2;
                    }
                    else
                    {
                        s0 += risk;
                        sum1 = _s1;
                        sum2 = _s2;
                    }
                    for (var j = 0; j < p; j++)
                    {
                        var rx = risk * x[offset + j];
                        sum1[j] += rx;
                        for (var k = 0; k <= j; k++) sum2[j * p + k] += rx * x[offset + k];
                    }
                }
                if (deaths == 0) continue;
                if (!_efron || deaths == 1)
                {
                    s0 += d0;
                    for (var j = 0; j < p; j++) _s1[j] += _d1[j];
                    for (var j = 0; j < p * p; j++) _s2[j] += _d2[j];
                    AddBreslowTerms(deadWeight, s0, ref loglik);
                }
                else
                {
                    AddEfronTerms(deaths, deadWeight / deaths, s0, d0, ref loglik);
                    s0 += d0;
                    for (var j = 0; j < p; j++) _s1[j] += _d1[j];
                    for (var j = 0; j < p * p; j++) _s2[j] += _d2[j];
                }
            }
        }
        for (var j = 0; j < p; j++)
            for (var k = 0; k < j; k++) imat[k * p + j] = imat[j * p + k];
        return loglik;
    }

    /// <summary>Counting-process data: takes the rows with start ≥ <paramref name="t"/> out of the running sums.</summary>
    private void Leave(double t, int first, ref int leaving, ref int atRisk, ref double s0)
    {
        var p = _p;
        var x = _x;
        for (; leaving >= first && _start![_byStart![leaving]] >= t; leaving--)
        {
            var row = _byStart[leaving];
            if (!_spans![row]) continue;
            if (--atRisk == 0)
            {
                s0 = 0;
                Array.Clear(_s1);
                Array.Clear(_s2);
                continue;
            }
            var risk = _risk![row];
            s0 -= risk;
            var offset = (long)row * p;
            for (var j = 0; j < p; j++)
            {
                var rx = risk * x[offset + j];
                _s1[j] -= rx;
                for (var k = 0; k <= j; k++) _s2[j * p + k] -= rx * x[offset + k];
            }
        }
    }

    /// <summary>Adds d × the risk-set terms at one event time: −d log S₀, −d S₁/S₀, d (S₂/S₀ − S₁S₁′/S₀²); d = the deaths' total weight.</summary>
    private void AddBreslowTerms(double deaths, double s0, ref double loglik)
    {
        var p = _p;
        loglik -= deaths * Math.Log(s0);
        var w = deaths / s0;
        for (var j = 0; j < p; j++)
        {
            var mean = _s1[j] / s0;
            Score[j] -= deaths * mean;
            for (var k = 0; k <= j; k++)
                Information[j * p + k] += w * (_s2[j * p + k] - mean * _s1[k]);
        }
    }

    /// <summary>
    /// Efron's terms for d tied deaths in closed form, O(d + p²) instead of O(d p²): with fₖ = k/d (k = 1..d),
    /// S₀ₖ = S₀ + fₖD₀ and likewise S₁ₖ, S₂ₖ (S = the others at risk, D = the tied deaths' sums),
    /// <code>
    /// ℓ −= Σ log S₀ₖ;  U −= S₁ A + D₁ B;  I += S₂ A + D₂ B − (S₁S₁′ C + (S₁D₁′ + D₁S₁′) E + D₁D₁′ F)
    /// A = Σ 1/S₀ₖ, B = Σ fₖ/S₀ₖ, C = Σ 1/S₀ₖ², E = Σ fₖ/S₀ₖ², F = Σ fₖ²/S₀ₖ²
    /// </code>
    /// each multiplied by the deaths' mean weight <paramref name="meanWeight"/> (1 without weights).
    /// </summary>
    private void AddEfronTerms(int deaths, double meanWeight, double s0, double d0, ref double loglik)
    {
        var p = _p;
        double a = 0, b = 0, c = 0, e = 0, f = 0, logs = 0;
        for (var k = 1; k <= deaths; k++)
        {
            var share = (double)k / deaths;
            var total = s0 + share * d0;
            var inverse = 1 / total;
            logs += Math.Log(total);
            a += inverse;
            b += share * inverse;
            var inverse2 = inverse * inverse;
            c += inverse2;
            e += share * inverse2;
            f += share * share * inverse2;
        }
        if (meanWeight != 1)
        {
            logs *= meanWeight;
            a *= meanWeight;
            b *= meanWeight;
            c *= meanWeight;
            e *= meanWeight;
            f *= meanWeight;
        }
        loglik -= logs;
        for (var j = 0; j < p; j++)
        {
            var s1 = _s1[j];
            var d1 = _d1[j];
            Score[j] -= s1 * a + d1 * b;
            for (var k = 0; k <= j; k++)
            {
                var jk = j * p + k;
                Information[jk] += _s2[jk] * a + _d2[jk] * b
                    - (s1 * _s1[k] * c + (s1 * _d1[k] + d1 * _s1[k]) * e + d1 * _d1[k] * f);
            }
        }
    }
}
