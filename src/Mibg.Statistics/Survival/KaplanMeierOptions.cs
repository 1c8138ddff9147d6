namespace Mibg.Statistics.Survival;

/// <summary>Options of a Kaplan–Meier fit (R: <c>survfit(Surv(time, event) ~ group, conf.type, conf.int)</c>).</summary>
public sealed record KaplanMeierOptions
{
    /// <summary>Confidence-interval transformation; R's default is <see cref="ConfidenceType.Log"/>.</summary>
    public ConfidenceType ConfType { get; init; } = ConfidenceType.Log;

    /// <summary>Two-sided confidence level in (0, 1); R's default 0.95.</summary>
    public double ConfLevel { get; init; } = 0.95;

    /// <summary>Default options (log intervals, 95 %).</summary>
    public static KaplanMeierOptions Default { get; } = new();
}
