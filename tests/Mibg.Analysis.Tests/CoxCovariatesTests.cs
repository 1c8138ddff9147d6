using System.Text.Json;
using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Core.Tests.Cohort;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Analysis.Tests;

/// <summary>
/// Cox covariates chosen in the plan from the biology columns (docs/analysis.md step 6 "Cox covariates"): coding and
/// reference levels by hand, the unknown-value rule, and the fits against R's coxph on the raw values
/// (Reference/cox-biology.R on Reference/cox-biology-data.csv → Reference/cox-biology.json, R version inside).
/// </summary>
public class CoxCovariatesTests
{
    private static readonly PrognosticFactor[] All =
    [
        PrognosticFactor.Mycn, PrognosticFactor.DiagnosisSiopen, PrognosticFactor.AgeUnder18Months, PrognosticFactor.Chr11q,
        PrognosticFactor.Chr1p, PrognosticFactor.Alk, PrognosticFactor.Histology, PrognosticFactor.Ldh,
    ];

    private static AnalysisPlan Plan(UnknownCovariateRule unknown, params PrognosticFactor[] factors) => AnalysisPlan.Default with
    {
        Published = null,
        Endpoints = AnalysisPlan.Default.Endpoints with { Endpoints = [SurvivalEndpoint.Efs] },
        Cox = new CoxSettings { Covariates = factors, Unknown = unknown },
    };

    private static string ReferenceFile(string name) => Path.Combine(AppContext.BaseDirectory, "Reference", name);

    [Fact]
    public void The_study_R_fitted_is_the_one_the_generator_makes()
    {
        // R read Reference/cox-biology-data.csv; the test study must still be that study, or the comparison means nothing.
        // To remake it after changing the generator: MIBG_WRITE_COX_BIOLOGY_CSV=<path of the committed csv>, then rerun the R script.
        if (Environment.GetEnvironmentVariable("MIBG_WRITE_COX_BIOLOGY_CSV") is { Length: > 0 } path)
            File.WriteAllText(path, BiologyCoxStudy.Csv());
        var expected = File.ReadAllText(ReferenceFile("cox-biology-data.csv")).ReplaceLineEndings("\n");
        Assert.Equal(expected, BiologyCoxStudy.Csv());
    }

    [Theory]
    [InlineData(UnknownCovariateRule.CompleteCases, "complete_cases")]
    [InlineData(UnknownCovariateRule.UnknownCategory, "unknown_category")]
    public void Every_factor_against_R_coxph_on_the_raw_values(UnknownCovariateRule rule, string key)
    {
        var m = StudyAnalysis.Run(BiologyCoxStudy.Study(), Plan(rule, All)).Cox.Single();
        var r = JsonDocument.Parse(File.ReadAllText(ReferenceFile("cox-biology.json"))).RootElement.GetProperty(key);
        Assert.Equal(rule, m.Unknown);
        Assert.Equal(r.GetProperty("n").GetInt32(), m.N);
        Assert.Equal(r.GetProperty("events").GetInt32(), m.Events);
        var coefs = r.GetProperty("coefficients").EnumerateArray().ToArray();
        Assert.Equal(coefs.Select(c => c.GetProperty("name").GetString()), m.Covariates);
        foreach (var c in coefs)
        {
            var mine = m.Coefficients.Single(x => x.Name == c.GetProperty("name").GetString());
            foreach (var (field, value) in new[] { ("coef", mine.Coef), ("se", mine.Se), ("hr", mine.Hr), ("p", mine.P), ("lower", mine.Lower), ("upper", mine.Upper) })
                Close(c.GetProperty(field).GetDouble(), value, $"{mine.Name}.{field}");
        }
        Close(r.GetProperty("lr").GetProperty("chisq").GetDouble(), m.LrTest.Chisq, "LR chisq");
        Close(r.GetProperty("lr").GetProperty("p").GetDouble(), m.LrTest.P, "LR p");
        Close(r.GetProperty("concordance").GetDouble(), m.Concordance.C!.Value, "concordance");
    }

    private static void Close(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-6 * Math.Max(Math.Abs(expected), 1e-9), $"{what}: R {expected}, mibg {actual}");

    /// <summary>
    /// Six patients, persistent P1 P2 P3, cleared P4 P5 P6, one relapse each at 2, 3, 4, 5 and 6 months after the post-HDC scan
    /// (P1..P5; a relapse within 30 days would turn that scan into a progression scan) and P6 censored. Biology: 11q loss P1 P4, no loss P2 P5, unknown P3, not recorded P6; LDH 2000 P1, 800 P2 P4, 1250 P5
    /// (at the cut-off: ≤ 1250 is the reference), none P3 P6; age 400 days P1 P2 (&lt; 547), 1000 the others.
    /// </summary>
    private static StudyData Small()
    {
        var h = new HandStudy();
        void P(string id, bool persistent, ChromosomeArmStatus? chr11q, double? ldh, int age, int? relapseDays)
        {
            h.Patient(id, p => p with { Chr11q = chr11q, LdhUPerL = ldh, AgeAtDiagnosisDays = age })
                .Scan(id, id + "-dx", DxScanDate, Seg(("skull", 2))).Scan(id, id + "-hdc", PostHdcDate, persistent ? Seg(("skull", 1)) : Zero);
            if (relapseDays is { } d) h.Event(id, PostHdcDate.AddDays(d), EventType.Relapse);
        }
        P("P1", true, ChromosomeArmStatus.Loss, 2000, 400, 60);
        P("P2", true, ChromosomeArmStatus.NoLoss, 800, 400, 90);
        P("P3", true, ChromosomeArmStatus.Unknown, null, 1000, 120);
        P("P4", false, ChromosomeArmStatus.Loss, 800, 1000, 150);
        P("P5", false, ChromosomeArmStatus.NoLoss, 1250, 1000, 180);
        P("P6", false, null, null, 1000, null);
        return h.Build();
    }

    [Fact]
    public void Terms_and_reference_levels_are_named_and_unknowns_leave_the_model_by_default()
    {
        // 11q: unknown for P3 (coded "unknown") and P6 (blank) → complete cases P1 P2 P4 P5; LDH known for the same four.
        var m = StudyAnalysis.Run(Small(), Plan(UnknownCovariateRule.CompleteCases, PrognosticFactor.Chr11q, PrognosticFactor.Ldh)).Cox.Single();
        Assert.Equal(["persistent", "chr_11q_loss", "ldh_above_1250"], m.Covariates);
        Assert.Equal("11q loss vs no loss (reference)", m.ReferenceLevels["chr_11q_loss"]);
        Assert.Equal("LDH > 1250 U/L vs ≤ 1250 U/L (reference)", m.ReferenceLevels["ldh_above_1250"]);
        Assert.Equal(["P3", "P6"], m.DroppedPatients);
        Assert.Equal((4, 2), (m.N, m.Dropped));
    }

    [Fact]
    public void Unknown_category_keeps_every_patient_with_a_second_indicator()
    {
        var m = StudyAnalysis.Run(Small(), Plan(UnknownCovariateRule.UnknownCategory, PrognosticFactor.Chr11q)).Cox.Single();
        Assert.Equal(["persistent", "chr_11q_loss", "chr_11q_loss_unknown"], m.Covariates);
        Assert.Equal(6, m.N);
        Assert.Empty(m.DroppedPatients);
        Assert.Contains("unknown", m.ReferenceLevels["chr_11q_loss_unknown"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_known_for_too_few_patients_or_without_variation_is_left_out_and_named()
    {
        // LDH is known for 4 of 6 (0.67): in at the default share 0.5, out at 0.7.
        var plan = Plan(UnknownCovariateRule.CompleteCases, PrognosticFactor.Ldh);
        var strict = StudyAnalysis.Run(Small(), plan with { Cox = plan.Cox with { MinKnownShare = 0.7 } }).Cox.Single();
        Assert.Equal(["persistent"], strict.Covariates);
        Assert.Contains(strict.Notes, n => n.StartsWith("ldh_above_1250 left out: known for 4 of 6 patients", StringComparison.Ordinal));
        // Histology is recorded for nobody here; age < 18 months varies (P1 P2) and is always known.
        var m = StudyAnalysis.Run(Small(), Plan(UnknownCovariateRule.CompleteCases, PrognosticFactor.Histology, PrognosticFactor.AgeUnder18Months)).Cox.Single();
        Assert.Equal(["persistent", "age_under_18_months"], m.Covariates);
        Assert.Contains(m.Notes, n => n.StartsWith("histology_unfavourable left out: known for 0 of 6", StringComparison.Ordinal));
    }

    [Fact]
    public void The_legacy_switches_still_remove_mycn_and_diagnosis_siopen()
    {
        var cox = new CoxSettings { AdjustMycn = false, Covariates = [PrognosticFactor.Mycn, PrognosticFactor.Chr11q, PrognosticFactor.DiagnosisSiopen] };
        Assert.Equal([PrognosticFactor.Chr11q, PrognosticFactor.DiagnosisSiopen], cox.EffectiveCovariates());
        Assert.Equal([PrognosticFactor.Mycn, PrognosticFactor.DiagnosisSiopen], new CoxSettings().EffectiveCovariates());
    }

    [Theory]
    [InlineData("""{"cox": {"covariates": ["mycn", "11q"]}}""", "cox.covariates")]
    [InlineData("""{"cox": {"covariates": ["alk", "alk"]}}""", "cox.covariates")]
    [InlineData("""{"cox": {"covariates": "alk"}}""", "cox.covariates")]
    [InlineData("""{"cox": {"ldh_above_u_per_l": 0}}""", "cox.ldh_above_u_per_l")]
    [InlineData("""{"cox": {"unknown": "impute"}}""", "cox.unknown")]
    [InlineData("""{"cox": {"min_known_share": 0}}""", "cox.min_known_share")]
    [InlineData("""{"cox": {"min_known_share": 1.5}}""", "cox.min_known_share")]
    public void A_bad_cox_option_is_refused_naming_the_field(string json, string field)
    {
        var e = Assert.Throws<InvalidPlanException>(() => PlanJson.Parse(json));
        Assert.Contains(e.Errors, x => x.Field.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public void The_plan_reads_the_biology_covariates_by_their_documented_names()
    {
        var plan = PlanJson.Parse("""{"cox": {"covariates": ["chr_11q", "chr_1p", "alk", "histology", "ldh", "age_under_18_months", "mycn", "diagnosis_siopen"], "unknown": "unknown_category", "ldh_above_u_per_l": 1500}}""");
        Assert.Equal(8, plan.Cox.Covariates.Count);
        Assert.Equal(UnknownCovariateRule.UnknownCategory, plan.Cox.Unknown);
        Assert.Equal(1500, plan.Cox.LdhAboveUPerL);
        Assert.Contains("\"age_under_18_months\"", PlanJson.Serialize(plan), StringComparison.Ordinal);
    }
}
