using System.Text.Json.Nodes;
using Mibg.Core.Plan;

namespace Mibg.Analysis.Tests;

/// <summary>results.json carries the names of design/analysis.md's contract exactly (snake_case).</summary>
public class ResultsJsonContractTests
{
    private static readonly JsonObject Json = JsonNode.Parse(Results.ResultsJson.Serialize(
        StudyAnalysis.Run(HandStudyAnalysisTests.Study(), AnalysisPlan.Default with { Published = null })))!.AsObject();

    private static void Has(JsonNode? node, params string[] names)
    {
        var o = Assert.IsType<JsonObject>(node);
        foreach (var n in names) Assert.True(o.ContainsKey(n), $"missing '{n}' in {o.ToJsonString()[..Math.Min(200, o.ToJsonString().Length)]}");
    }

    [Fact]
    public void Top_level_names()
    {
        Has(Json, "study", "flow", "excluded", "pending_reads", "persistent", "groups", "scores", "followup", "relapse_sites",
            "oligo", "survival", "agreement", "trial", "published");
        Has(Json["study"], "patients", "scans", "reads", "events");
        Has(Json["persistent"], "n", "of", "proportion", "ci_lower", "ci_upper");
        Has(Json["relapse_sites"], "relapses", "at_prior_skeletal_sites", "patients");
        Has(Json["oligo"], "n", "patients");
    }

    [Fact]
    public void Array_element_names()
    {
        Has(Json["flow"]![0], "step", "n");
        Has(Json["excluded"]![0], "patient_id", "reason");
        Has(Json["groups"]![0], "group", "patients");
        Has(Json["scores"]![0], "group", "timepoint", "n", "median", "min", "max");
        Has(Json["followup"]![0], "group", "n", "median_years", "min_years", "max_years");
        Has(Json["relapse_sites"]!["patients"]![0], "patient_id", "persistent", "cleared", "new");
        Has(Json["survival"]![0], "endpoint", "origin", "comparison", "km", "logrank");
        // km and logrank as cli.md's km / logrank JSON.
        var km = Json["survival"]!.AsArray().First(s => s!["comparison"]!.GetValue<string>() == "persistent_vs_cleared")!;
        Has(km["km"], "method", "conf_type", "conf_level", "dropped", "strata");
        Has(km["km"]!["strata"]![0], "name", "n", "events", "median", "median_lower", "median_upper", "followup_median", "steps");
        Has(km["km"]!["strata"]![0]!["steps"]![0], "time", "n_risk", "n_event", "n_censor", "survival", "std_err", "lower", "upper");
        Has(km["logrank"], "chisq", "df", "p", "strata");
    }

    [Fact]
    public void Segments_and_time_points_are_codes()
    {
        Assert.Equal("spine", Json["relapse_sites"]!["patients"]![0]!["cleared"]![0]!.GetValue<string>());
        var tps = Json["scores"]!.AsArray().Select(s => s!["timepoint"]!.GetValue<string>()).Distinct().ToArray();
        Assert.Equal(["diagnosis", "post_induction", "post_hdc", "end_of_treatment", "progression"], tps);
    }

    [Fact]
    public void Round_trip()
    {
        var text = Json.ToJsonString();
        var back = Results.ResultsJson.Deserialize(Results.ResultsJson.Serialize(StudyAnalysis.Run(HandStudyAnalysisTests.Study(), AnalysisPlan.Default with { Published = null })));
        Assert.Equal(12, back.Study.Patients);
        Assert.NotEmpty(text);
    }
}
