using System.Text.Json.Serialization;

namespace Mibg.Core.Plan;

/// <summary>
/// A factor at diagnosis the Cox model of persistence can adjust for (plan <c>cox.covariates</c>; docs/analysis.md
/// step 6 "Cox covariates"). Each enters as a 0/1 indicator against a named reference level.
/// </summary>
public enum PrognosticFactor
{
    /// <summary><c>mycn</c>: MYCN amplified vs not amplified or gain (reference).</summary>
    [JsonStringEnumMemberName("mycn")] Mycn,
    /// <summary><c>diagnosis_siopen</c>: diagnosis SIOPEN total above <c>cox.diagnosis_siopen_above</c> vs at or below (reference).</summary>
    [JsonStringEnumMemberName("diagnosis_siopen")] DiagnosisSiopen,
    /// <summary><c>age_under_18_months</c>: under 18 months (547 days) at diagnosis vs 18 months or older (reference); INRG, Cohn et al., JCO 2009.</summary>
    [JsonStringEnumMemberName("age_under_18_months")] AgeUnder18Months,
    /// <summary><c>chr_11q</c>: 11q loss vs no loss (reference).</summary>
    [JsonStringEnumMemberName("chr_11q")] Chr11q,
    /// <summary><c>chr_1p</c>: 1p loss vs no loss (reference).</summary>
    [JsonStringEnumMemberName("chr_1p")] Chr1p,
    /// <summary><c>alk</c>: ALK aberrant (mutated or amplified) vs wild type (reference).</summary>
    [JsonStringEnumMemberName("alk")] Alk,
    /// <summary><c>histology</c>: INPC unfavourable vs favourable (reference).</summary>
    [JsonStringEnumMemberName("histology")] Histology,
    /// <summary><c>ldh</c>: LDH above <c>cox.ldh_above_u_per_l</c> vs at or below (reference).</summary>
    [JsonStringEnumMemberName("ldh")] Ldh,
}

/// <summary>How the Cox model treats a patient whose value of a chosen factor is unknown (plan <c>cox.unknown</c>).</summary>
public enum UnknownCovariateRule
{
    /// <summary>
    /// <c>complete_cases</c> (default): the patient leaves the model, and the report lists who. Unbiased for the hazard
    /// ratio when whether a value is missing does not depend on the outcome given the covariates; the missing-indicator
    /// alternative is biased even when values are missing completely at random in non-randomised data (Groenwold et
    /// al., CMAJ 2012;184:1265).
    /// </summary>
    [JsonStringEnumMemberName("complete_cases")] CompleteCases,
    /// <summary>
    /// <c>unknown_category</c>: the patient stays, with "unknown" as a level of its own (a second indicator, same
    /// reference). Keeps every patient at the price of that bias; offered for small cohorts where complete cases would
    /// lose too many.
    /// </summary>
    [JsonStringEnumMemberName("unknown_category")] UnknownCategory,
}
