namespace Mibg.Analysis.Results;

// Interim shapes of the statistics engine's results (design/cli.md JSON, property for property), used
// until the `stats` branch's KaplanMeierResult / LogRankResult / AgreementResult / Cox result records are
// merged; then SurvivalComparison.Km etc. take those types directly and these records are deleted.
// Property names are the cli.md names in PascalCase, so code that reads them keeps compiling.

/// <summary>Kaplan–Meier result as <c>mibg km</c> prints it.</summary>
public sealed record KaplanMeierJson(string Method, string ConfType, double ConfLevel, int Dropped, IReadOnlyList<KaplanMeierStratumJson> Strata);

/// <summary>One stratum of a Kaplan–Meier result; medians null when not reached.</summary>
public sealed record KaplanMeierStratumJson(string Name, int N, int Events, double? Median, double? MedianLower, double? MedianUpper, double? FollowupMedian, IReadOnlyList<KaplanMeierStepJson> Steps);

/// <summary>One distinct time of a Kaplan–Meier curve.</summary>
public sealed record KaplanMeierStepJson(double Time, int NRisk, int NEvent, int NCensor, double Survival, double StdErr, double Lower, double Upper);

/// <summary>Log-rank test as <c>mibg logrank</c> prints it.</summary>
public sealed record LogRankJson(double Chisq, int Df, double P, IReadOnlyList<LogRankStratumJson> Strata);

/// <summary>Observed and expected events of one stratum.</summary>
public sealed record LogRankStratumJson(string Name, int N, double Observed, double Expected);

/// <summary>Agreement result as <c>mibg agreement</c> prints it.</summary>
public sealed record AgreementJson(int N, IReadOnlyList<IccJson> Icc, KappaJson? Kappa, BlandAltmanJson? BlandAltman);

/// <summary>One Shrout–Fleiss ICC form.</summary>
public sealed record IccJson(string Type, double Value, double F, double Df1, double Df2, double P, double Lower, double Upper);

/// <summary>Cohen's kappa, unweighted and weighted.</summary>
public sealed record KappaJson(double Unweighted, double Linear, double Quadratic);

/// <summary>Bland–Altman bias and 95% limits of agreement.</summary>
public sealed record BlandAltmanJson(double Bias, double Sd, double Lower, double Upper);

/// <summary>One Cox coefficient as <c>mibg cox</c> prints it.</summary>
public sealed record CoxCoefficientJson(string Name, double Coef, double Hr, double Se, double Z, double P, double Lower, double Upper);
