using System.Globalization;
using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.Study;

namespace Mibg.Analysis.Steps;

/// <summary>
/// How each <see cref="PrognosticFactor"/> enters the Cox model (docs/analysis.md step 6 "Cox covariates"): the model
/// term's name, what it compares with the reference level named, and each patient's value — 1, 0, or NaN when unknown.
/// One place for the coding of every factor.
/// </summary>
/// <param name="Factor">The plan's factor.</param>
/// <param name="Term">Name of the model term in results.json, e.g. <c>chr_11q_loss</c>.</param>
/// <param name="Comparison">What the indicator compares, reference level named.</param>
/// <param name="Value">A patient's value: 1, 0, or NaN when unknown.</param>
public sealed record CoxCovariateCoding(PrognosticFactor Factor, string Term, string Comparison, Func<PatientCourse, double> Value)
{
    /// <summary>The coding of <paramref name="factor"/> under the plan's cut-offs.</summary>
    public static CoxCovariateCoding For(PrognosticFactor factor, CoxSettings cox)
    {
        static double Indicator(bool? value) => value is { } v ? (v ? 1 : 0) : double.NaN;
        static bool? Loss(ChromosomeArmStatus? s) => s switch
        {
            ChromosomeArmStatus.Loss => true,
            ChromosomeArmStatus.NoLoss => false,
            _ => null,
        };
        var siopen = cox.DiagnosisSiopenAbove.ToString(CultureInfo.InvariantCulture);
        var ldh = cox.LdhAboveUPerL.ToString(CultureInfo.InvariantCulture);
        return factor switch
        {
            PrognosticFactor.Mycn => new(factor, "mycn_amplified", "MYCN amplified vs not amplified or gain (reference)",
                c => Indicator(c.Patient.Mycn switch { "amplified" => true, "not_amplified" or "gain" => false, _ => null })),
            PrognosticFactor.DiagnosisSiopen => new(factor, "diagnosis_siopen_above_" + siopen,
                $"diagnosis SIOPEN > {siopen} vs ≤ {siopen} (reference)",
                c => c.DiagnosisScan?.Read is { } r ? Indicator(r.Total > cox.DiagnosisSiopenAbove) : double.NaN),
            PrognosticFactor.AgeUnder18Months => new(factor, "age_under_18_months",
                $"under 18 months ({Table1Biology.EighteenMonthsDays} days) at diagnosis vs 18 months or older (reference)",
                c => Indicator(c.Patient.AgeAtDiagnosisDays < Table1Biology.EighteenMonthsDays)),
            PrognosticFactor.Chr11q => new(factor, "chr_11q_loss", "11q loss vs no loss (reference)", c => Indicator(Loss(c.Patient.Chr11q))),
            PrognosticFactor.Chr1p => new(factor, "chr_1p_loss", "1p loss vs no loss (reference)", c => Indicator(Loss(c.Patient.Chr1p))),
            PrognosticFactor.Alk => new(factor, "alk_aberrant", "ALK mutated or amplified vs wild type (reference)",
                c => Indicator(c.Patient.Alk switch { AlkStatus.Mutated or AlkStatus.Amplified => true, AlkStatus.WildType => false, _ => null })),
            PrognosticFactor.Histology => new(factor, "histology_unfavourable", "INPC unfavourable vs favourable (reference)",
                c => Indicator(c.Patient.Histology switch { InpcHistology.Unfavourable => true, InpcHistology.Favourable => false, _ => null })),
            PrognosticFactor.Ldh => new(factor, "ldh_above_" + ldh, $"LDH > {ldh} U/L vs ≤ {ldh} U/L (reference)",
                c => c.Patient.LdhUPerL is { } v ? Indicator(v > cox.LdhAboveUPerL) : double.NaN),
            _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "unknown prognostic factor"),
        };
    }

    /// <summary>Name of the second indicator under <see cref="UnknownCovariateRule.UnknownCategory"/>.</summary>
    public string UnknownTerm => Term + "_unknown";
}
