using Mibg.Core.Plan;
namespace Mibg.Analysis.Results;

/// <summary>
/// Proportion of eligible patients with persistent skeletal uptake after HDC (post-HDC SIOPEN total above
/// the plan's threshold). <see cref="CiLower"/>/<see cref="CiUpper"/> use the plan's interval method
/// (default Wilson score); the Clopper–Pearson exact interval is also given.
/// </summary>
public sealed record PersistenceProportion
{
    /// <summary>Persistent patients.</summary>
    public required int N { get; init; }
    /// <summary>Eligible patients (denominator).</summary>
    public required int Of { get; init; }
    /// <summary>N / Of; 0 when Of is 0.</summary>
    public required double Proportion { get; init; }
    /// <summary>Lower confidence limit (plan's method).</summary>
    public required double CiLower { get; init; }
    /// <summary>Upper confidence limit (plan's method).</summary>
    public required double CiUpper { get; init; }
    /// <summary>Interval method of <see cref="CiLower"/>: <c>wilson</c> or <c>clopper_pearson</c>.</summary>
    public required ProportionIntervalMethod Method { get; init; }
    /// <summary>Confidence level, e.g. 0.95.</summary>
    public required double ConfLevel { get; init; }
    /// <summary>Wilson score interval lower limit.</summary>
    public required double WilsonLower { get; init; }
    /// <summary>Wilson score interval upper limit.</summary>
    public required double WilsonUpper { get; init; }
    /// <summary>Clopper–Pearson exact interval lower limit.</summary>
    public required double ClopperPearsonLower { get; init; }
    /// <summary>Clopper–Pearson exact interval upper limit.</summary>
    public required double ClopperPearsonUpper { get; init; }
    /// <summary>The persistent patients, sorted.</summary>
    public required IReadOnlyList<string> Patients { get; init; }
}
