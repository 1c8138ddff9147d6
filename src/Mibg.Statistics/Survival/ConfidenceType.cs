namespace Mibg.Statistics.Survival;

/// <summary>
/// Transformation used for the pointwise confidence interval of a survival curve, as R's
/// <c>survfit(..., conf.type = )</c>: <see cref="Log"/> ("log", R's default), <see cref="LogLog"/> ("log-log"),
/// <see cref="Plain"/> ("plain").
/// </summary>
public enum ConfidenceType
{
    /// <summary>exp(log S ± z·se(log S)), upper limit capped at 1 (R <c>conf.type = "log"</c>).</summary>
    Log,

    /// <summary>exp(−exp(log(−log S) ∓ z·se(log S)/log S)) (R <c>conf.type = "log-log"</c>).</summary>
    LogLog,

    /// <summary>S ± z·se(S), clipped to [0, 1] (R <c>conf.type = "plain"</c>).</summary>
    Plain,
}

/// <summary>R names of <see cref="ConfidenceType"/>.</summary>
public static class ConfidenceTypeNames
{
    /// <summary>The name R's survfit uses: "log", "log-log" or "plain".</summary>
    public static string ToRName(this ConfidenceType type) => type switch
    {
        ConfidenceType.Log => "log",
        ConfidenceType.LogLog => "log-log",
        ConfidenceType.Plain => "plain",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>Parses "log", "log-log" or "plain" (case-insensitive); false for anything else.</summary>
    public static bool TryParse(string? text, out ConfidenceType type)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "log": type = ConfidenceType.Log; return true;
            case "log-log": type = ConfidenceType.LogLog; return true;
            case "plain": type = ConfidenceType.Plain; return true;
            default: type = ConfidenceType.Log; return false;
        }
    }
}
