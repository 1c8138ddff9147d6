using System.Text.Json.Nodes;
using Mibg.Core.Cohort;
using Mibg.Core.Plan;

namespace Mibg.Core.Tests.Plan;

/// <summary>The analysis plan: defaults of design/analysis.md, JSON round trip, documented fields, refusal naming the field.</summary>
public class AnalysisPlanTests
{
    [Fact]
    public void Defaults_are_the_seed_study_design()
    {
        // design/analysis.md "Plan fields (defaults)"
        var p = AnalysisPlan.Default;
        Assert.Equal(["M"], p.Eligibility.InrgStages);
        Assert.Equal(["4"], p.Eligibility.InssStagesWhenInrgBlank);
        Assert.Equal(365, p.Eligibility.MinAgeAtDiagnosisDaysExclusive);
        Assert.Equal(new DateOnly(2000, 1, 1), p.Eligibility.DiagnosisFrom);
        Assert.Equal(new DateOnly(2020, 12, 31), p.Eligibility.DiagnosisTo);
        Assert.Equal(ReadResolution.Consensus, p.ReadResolution);
        Assert.Equal(0, p.Persistence.PostHdcTotalAbove);
        Assert.Equal((3, 3, 3), (p.Oligo.MaxPositiveSegments, p.Oligo.MaxSegmentScore, p.Oligo.MaxDiscreteLesions));
        Assert.Equal(TimeOrigin.PostHdcScan, p.Endpoints.ComparisonOrigin);
        Assert.Equal([SurvivalEndpoint.Efs, SurvivalEndpoint.Os], p.Endpoints.Endpoints);
        Assert.Equal(365.25, p.Endpoints.DaysPerYear);
        Assert.Equal(0.95, p.ConfidenceLevel);
        Assert.Equal(ProportionIntervalMethod.Wilson, p.ProportionInterval);
        // hazard_ratio null: the trial is sized for the HR the study's counterfactual implies (issue 10 item 4);
        // local control p 0.67 (Casey et al., IJROBP 2018).
        Assert.Null(p.Trial.HazardRatio);
        Assert.Equal(0.67, p.LocalControlProbability);
        Assert.Equal(2.0, p.Persistence.MinEventFreeYearsAfterEndOfTreatment);
        Assert.Equal(150, p.TimePointWindows.PostHdcMaxDaysWithoutMaintenance);
        Assert.Equal((0.8, 0.05, 5.0, 3.0), (p.Trial.Power, p.Trial.Alpha, p.Trial.AccrualYears, p.Trial.FollowupYears));
        Assert.Equal(60, p.TimePointWindows.EndOfTreatmentDays);
    }

    [Fact]
    public void Json_round_trip_is_the_identity()
    {
        var json = PlanJson.Serialize(AnalysisPlan.Default);
        Assert.Equal(json, PlanJson.Serialize(PlanJson.Parse(json)));
        Assert.Contains("\"time_point_windows\"", json, StringComparison.Ordinal);
        Assert.Contains("\"diagnosis_from\": \"2000-01-01\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_plan_takes_defaults_for_the_rest()
    {
        var p = PlanJson.Parse("""{"trial": {"hazard_ratio": 0.5}, "read_resolution": "reader:R1"}""");
        Assert.Equal(0.5, p.Trial.HazardRatio);
        Assert.Equal(0.8, p.Trial.Power);
        Assert.Equal((ReadResolutionKind.Reader, "R1"), (p.ReadResolution.Kind, p.ReadResolution.Reader));
        Assert.Equal(365, p.Eligibility.MinAgeAtDiagnosisDaysExclusive);
    }

    [Fact]
    public void Every_field_is_documented_with_its_default()
    {
        var fields = PlanSchema.Fields;
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), $"{f.Field} has no description"));
        Assert.Contains(fields, f => f.Field == "trial.hazard_ratio" && f.Default == "null");
        Assert.Contains(fields, f => f.Field == "eligibility.min_age_at_diagnosis_days_exclusive" && f.Default == "365");
        // Every leaf of the default JSON is listed once.
        var leaves = new List<string>();
        void Walk(JsonObject o, string prefix)
        {
            foreach (var (k, v) in o)
                if (v is JsonObject c) Walk(c, prefix + k + ".");
                else leaves.Add(prefix + k);
        }
        Walk(JsonNode.Parse(PlanJson.Serialize(AnalysisPlan.Default))!.AsObject(), "");
        Assert.Equal(leaves, fields.Select(f => f.Field));
    }

    [Theory]
    [InlineData("""{"trial": {"power": 1.5}}""", "trial.power")]
    [InlineData("""{"confidence_level": 0}""", "confidence_level")]
    [InlineData("""{"read_resolution": "majority"}""", "read_resolution")]
    [InlineData("""{"eligibility": {"inrg_stages": ["M", "X"]}}""", "eligibility.inrg_stages")]
    [InlineData("""{"eligibility": {"diagnosis_from": "2021-01-01"}}""", "eligibility.diagnosis_to")]
    [InlineData("""{"oligo": {"max_segment_score": 7}}""", "oligo.max_segment_score")]
    [InlineData("""{"local_control_probability": 1.2}""", "local_control_probability")]
    [InlineData("""{"time_point_windows": {"end_of_treatment_days": -1}}""", "time_point_windows.end_of_treatment_days")]
    public void An_invalid_value_is_refused_with_the_field_named(string json, string field)
    {
        var e = Assert.Throws<InvalidPlanException>(() => PlanJson.Parse(json));
        Assert.Contains(e.Errors, x => x.Field == field);
    }

    [Fact]
    public void An_unknown_field_is_refused_with_its_name()
    {
        var e = Assert.Throws<InvalidPlanException>(() => PlanJson.Parse("""{"trial": {"hazard_ratoi": 0.5}}"""));
        Assert.Equal("trial.hazard_ratoi", e.Errors.Single().Field);
        Assert.Contains("unknown field", e.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_is_refused_with_the_field_named()
    {
        var e = Assert.Throws<InvalidPlanException>(() => PlanJson.Parse("""{"trial": {"power": "high"}}"""));
        Assert.Equal("trial.power", e.Errors.Single().Field);
    }

    [Fact]
    public void Malformed_json_is_refused()
    {
        var e = Assert.Throws<InvalidPlanException>(() => PlanJson.Parse("""{"trial": """));
        Assert.Single(e.Errors);
    }
}
