using System.Text.Json.Serialization;
using Mibg.Statistics.Regression;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>
/// The <c>mibg cox --json</c> document: the fields of design/cli.md in that order (as <see cref="CoxFit"/>), plus
/// <c>zph</c> with <c>--zph</c>; with a robust variance (<c>--cluster</c>, or weights that are not whole numbers) also
/// <c>robust_score_test</c> and <c>clusters</c>, and <c>robust_se</c> in each coefficient. A non-finite number (e.g. the
/// upper limit of an infinite hazard ratio) is null.
/// </summary>
internal sealed record CoxCommandResult(
    string Ties,
    int N,
    int Events,
    int Dropped,
    IReadOnlyList<CoxCoefficient> Coefficients,
    double LoglikNull,
    double Loglik,
    ChiSquareTest LrTest,
    ChiSquareTest WaldTest,
    ChiSquareTest ScoreTest,
    ConcordanceEstimate Concordance,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChiSquareTest? RobustScoreTest,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Clusters,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProportionalHazardsResult? Zph)
{
    public static CoxCommandResult From(CoxFit fit, ProportionalHazardsResult? zph) =>
        new(fit.Ties, fit.N, fit.Events, fit.Dropped, fit.Coefficients, fit.LoglikNull, fit.Loglik,
            fit.LrTest, fit.WaldTest, fit.ScoreTest, fit.Concordance, fit.RobustScoreTest, fit.Clusters, zph);
}
