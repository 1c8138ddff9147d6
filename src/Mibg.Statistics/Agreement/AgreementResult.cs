namespace Mibg.Statistics.Agreement;

/// <summary>
/// Inter-rater agreement of several raters on the same subjects; serialised with snake_case names it is the JSON of
/// <c>mibg agreement</c> (design/cli.md).
/// </summary>
/// <param name="N">Subjects rated by every rater.</param>
/// <param name="Icc">The six Shrout–Fleiss intraclass correlations (ICC1, ICC2, ICC3, ICC1k, ICC2k, ICC3k).</param>
/// <param name="Kappa">Cohen's kappa (two raters only; null otherwise).</param>
/// <param name="BlandAltman">Bland–Altman bias and limits of agreement (two raters only; null otherwise).</param>
public sealed record AgreementResult(int N, IReadOnlyList<IccResult> Icc, KappaResult? Kappa, BlandAltmanResult? BlandAltman);

/// <summary>One Shrout–Fleiss (1979) intraclass correlation with its F test and confidence interval, as a row of
/// <c>psych::ICC(x, lmer = FALSE)$results</c>.</summary>
/// <param name="Type">ICC1, ICC2, ICC3 (single rater) or ICC1k, ICC2k, ICC3k (mean of k raters).</param>
/// <param name="Value">The coefficient.</param>
/// <param name="F">F statistic of the test ICC = 0.</param>
/// <param name="Df1">Numerator degrees of freedom.</param>
/// <param name="Df2">Denominator degrees of freedom.</param>
/// <param name="P">Upper-tail p-value of F.</param>
/// <param name="Lower">Lower confidence limit (95 % by default).</param>
/// <param name="Upper">Upper confidence limit.</param>
public sealed record IccResult(string Type, double Value, double F, double Df1, double Df2, double P, double Lower, double Upper);

/// <summary>Cohen's kappa of two raters, as <c>psych::cohen.kappa</c>.</summary>
/// <param name="Unweighted">Unweighted kappa (po − pc)/(1 − pc).</param>
/// <param name="Linear">Weighted kappa with linear disagreement weights |a − b| on the level values.</param>
/// <param name="Quadratic">Weighted kappa with psych's default quadratic weights 1 − (i − j)²/(L − 1)² on the level positions.</param>
public sealed record KappaResult(double? Unweighted, double Linear, double Quadratic);

/// <summary>Bland–Altman analysis of rater 1 − rater 2 (Bland &amp; Altman 1986).</summary>
/// <param name="Bias">Mean difference.</param>
/// <param name="Sd">Standard deviation of the differences (n − 1 denominator, R <c>sd</c>).</param>
/// <param name="Lower">Bias − 1.96 sd.</param>
/// <param name="Upper">Bias + 1.96 sd.</param>
public sealed record BlandAltmanResult(double Bias, double Sd, double Lower, double Upper);
