namespace Mibg.Statistics.Agreement;

/// <summary>
/// Everything <c>mibg agreement</c> reports for one set of ratings: the six Shrout–Fleiss ICCs, and for two raters
/// Cohen's kappa (unweighted, linear, quadratic) and Bland–Altman.
/// </summary>
public static class Agreement
{
    /// <summary>Computes the agreement of the raters.</summary>
    /// <param name="ratingsByRater">ratingsByRater[r][i] = rating of subject i by rater r; complete data.</param>
    /// <param name="levels">Rating levels for kappa (e.g. 0..6 for SIOPEN segments); null = observed values.</param>
    public static AgreementResult Compute(double[][] ratingsByRater, IReadOnlyList<double>? levels = null)
    {
        var icc = IntraclassCorrelation.Compute(ratingsByRater);
        if (ratingsByRater.Length != 2) return new AgreementResult(ratingsByRater[0].Length, icc, null, null);
        var kappa = CohenKappa.Compute(ratingsByRater[0], ratingsByRater[1], levels);
        var bland = BlandAltman.Compute(ratingsByRater[0], ratingsByRater[1]);
        return new AgreementResult(ratingsByRater[0].Length, icc, kappa, bland);
    }
}
