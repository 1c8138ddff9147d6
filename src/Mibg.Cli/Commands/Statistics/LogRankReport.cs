using System.Text.Json.Serialization;
using Mibg.Statistics.Survival;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>The JSON of <c>mibg logrank</c>: the test of design/cli.md, plus pairwise tests when asked.</summary>
internal sealed record LogRankReport(
    double Chisq, int Df, double P, IReadOnlyList<LogRankGroup> Strata, double Rho, int Dropped,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PairwiseLogRank>? Pairwise);
