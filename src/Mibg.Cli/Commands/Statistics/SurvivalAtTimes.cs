using Mibg.Cli.Infrastructure;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mibg.Statistics.Survival;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Survival at a chosen time, as a row of R's <c>summary(fit, times = t)</c>.</summary>
/// <param name="Time">The time asked for.</param>
/// <param name="NRisk">Subjects at risk at that time (time ≥ t).</param>
/// <param name="Survival">S(t).</param>
/// <param name="StdErr">Greenwood standard error of S(t).</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
internal sealed record SurvivalAtTime(double Time, int NRisk, double Survival, double? StdErr, double? Lower, double? Upper);

/// <summary><c>mibg km --at</c>: survival with its interval at chosen times, added to each group of the JSON as "at".</summary>
internal static class SurvivalAtTimes
{
    public static IReadOnlyList<SurvivalAtTime> Of(KaplanMeierStratum stratum, IEnumerable<double> times, KaplanMeierOptions options) =>
        times.Select(t => stratum.StepAt(t) is { } step
            ? new SurvivalAtTime(t, stratum.NumberAtRisk(t), step.Survival, step.StdErr, step.Lower, step.Upper)
            // Before the first step S = 1 with standard error 0: R gives limits 1–1 (log, plain) and NA (log-log).
            : new SurvivalAtTime(t, stratum.NumberAtRisk(t), 1, 0,
                options.ConfType == ConfidenceType.LogLog ? null : 1, options.ConfType == ConfidenceType.LogLog ? null : 1)).ToArray();

    /// <summary>The km JSON with "at" appended to each group.</summary>
    public static JsonNode AddTo(KaplanMeierResult fit, IReadOnlyList<SurvivalAtTime>[] at)
    {
        var node = JsonSerializer.SerializeToNode(fit, CliJson.Options)!;
        var strata = node["strata"]!.AsArray();
        for (var i = 0; i < strata.Count; i++)
            strata[i]!["at"] = JsonSerializer.SerializeToNode(at[i], CliJson.Options);
        return node;
    }
}
