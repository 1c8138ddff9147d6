namespace Mibg.Statistics.CompetingRisks.Internal;

/// <summary>
/// The information matrix and the middle of the robust sandwich of a Fine–Gray fit — the quantities of cmprsk's Fortran
/// <c>crrvv</c> (Fine &amp; Gray 1999, section 3: η_i from the score, ψ_i from estimating the censoring distribution),
/// for fixed covariates and one censoring group; crr's variance is I⁻¹ Σ I⁻¹ with these. crrvv recomputes the risk sets
/// for every row (O(n²), and O(n²) again at every censoring time); here every sum over failure times is a running
/// prefix or suffix sum over the time-sorted rows, so the whole is O(n p²):
/// <code>
/// η_i = 1[i fails from the cause] (xᵢ − x̄(tᵢ)) − rᵢ Σ_{failures j, tⱼ ≤ tᵢ} (xᵢ − x̄(tⱼ))/S₀(tⱼ)
///       − 1[i failed from another cause] rᵢ/Ĝ(tᵢ−) Σ_{failures j, tⱼ &gt; tᵢ} Ĝ(tⱼ−)(xᵢ − x̄(tⱼ))/S₀(tⱼ)
/// q(t) = Σ_{failures j, tⱼ ≥ t} Ĝ(tⱼ−)/S₀(tⱼ) (C₁(t) − x̄(tⱼ) C₀(t)),  C_k(t) = Σ_{other-cause failures, tᵢ &lt; t} rᵢ xᵢ^⊗k / Ĝ(tᵢ−)
/// </code>
/// and ψ_i as crrvv: −q(t)/Y(t)² summed over the censorings at or before tᵢ, plus q(tᵢ)/Y(tᵢ) when i is censored
/// (Y = the number still in follow-up).
/// </summary>
internal static class FineGrayVariance
{
    /// <summary>Returns the information I (p×p) and Σ = Σ_i (η_i + ψ_i)(η_i + ψ_i)ᵀ (p×p), row-major.</summary>
    public static (double[] Information, double[] Middle) Compute(FineGrayData d, double[] b)
    {
        int n = d.N, p = d.P;
        var x = d.X;
        var status = d.Status;
        var sets = new FineGrayRiskSets(d, b, secondMoments: true);
        var starts = sets.GroupStart;
        var groups = starts.Length - 1;
        var failures = new int[groups];
        var mean = new double[groups * p];
        var information = new double[p * p];
        for (var g = 0; g < groups; g++)
        {
            for (var i = starts[g]; i < starts[g + 1]; i++) if (status[i] == 1) failures[g]++;
            var s0 = sets.S0[g];
            for (var j = 0; j < p; j++) mean[g * p + j] = sets.S1[g * p + j] / s0;
            if (failures[g] == 0) continue;
            for (var j = 0; j < p; j++)
                for (var k = 0; k < p; k++)
                    information[j * p + k] += failures[g] * (sets.S2[g * p * p + j * p + k] / s0 - mean[g * p + j] * mean[g * p + k]);
        }
        // Σ 1/S₀ and Σ x̄/S₀ over failures at or before each group; Σ Ĝ/S₀ and Σ Ĝ x̄/S₀ over failures at or after it.
        var before = new double[groups];
        var beforeMean = new double[groups * p];
        var after = new double[groups + 1];
        var afterMean = new double[(groups + 1) * p];
        for (var g = 0; g < groups; g++)
        {
            var f = failures[g] / sets.S0[g];
            before[g] = (g > 0 ? before[g - 1] : 0) + f;
            for (var j = 0; j < p; j++) beforeMean[g * p + j] = (g > 0 ? beforeMean[(g - 1) * p + j] : 0) + f * mean[g * p + j];
        }
        for (var g = groups - 1; g >= 0; g--)
        {
            var f = failures[g] * d.CensoringBefore[starts[g]] / sets.S0[g];
            after[g] = after[g + 1] + f;
            for (var j = 0; j < p; j++) afterMean[g * p + j] = afterMean[(g + 1) * p + j] + f * mean[g * p + j];
        }

        var middle = new double[p * p];
        var ss2 = new double[p];
        var qu = new double[p];
        var st1 = new double[p];
        var atRisk = n;
        for (var g = 0; g < groups; g++)
        {
            var first = starts[g];
            var end = starts[g + 1];
            var censored = 0;
            for (var i = first; i < end; i++) if (status[i] == 0) censored++;
            // crrvv computes q at a time with a censoring, and at the last time.
            if (censored > 0 || end == n)
            {
                for (var j = 0; j < p; j++)
                    qu[j] = sets.Competing1[g * p + j] * after[g] - sets.Competing0[g] * afterMean[g * p + j];
                for (var c = 0; c < censored; c++)
                    for (var j = 0; j < p; j++) ss2[j] -= qu[j] / ((double)atRisk * atRisk);
            }
            for (var i = first; i < end; i++)
            {
                var r = sets.Risk[i];
                for (var j = 0; j < p; j++)
                {
                    var xi = x[i * p + j];
                    var eta = -r * (xi * before[g] - beforeMean[g * p + j]);
                    if (status[i] > 1) eta -= r / d.CensoringBefore[i] * (xi * after[g + 1] - afterMean[(g + 1) * p + j]);
                    if (status[i] == 1) eta += xi - mean[g * p + j];
                    var psi = ss2[j] + (status[i] == 0 ? qu[j] / atRisk : 0);
                    st1[j] = eta + psi;
                }
                for (var j = 0; j < p; j++)
                    for (var k = 0; k < p; k++) middle[j * p + k] += st1[j] * st1[k];
            }
            atRisk -= end - first;
        }
        return (information, middle);
    }
}
