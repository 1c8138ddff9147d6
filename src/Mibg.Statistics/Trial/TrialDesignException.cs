namespace Mibg.Statistics.Trial;

/// <summary>
/// A trial-design assumption outside its valid range. <see cref="Parameter"/> is the name of the assumption as the
/// <c>mibg trial</c> options spell it (design/cli.md), e.g. <c>hr</c>, <c>control-survival</c>, so a caller can point
/// the user at the option to fix.
/// </summary>
public sealed class TrialDesignException(string parameter, string message) : Exception(message)
{
    /// <summary>The assumption at fault, spelled as its design/cli.md option without the leading dashes.</summary>
    public string Parameter { get; } = parameter;
}
