using System.Text.Json.Nodes;
using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.TimePoints;

namespace Mibg.Core.Tests.Plan;

/// <summary>
/// Plan fields that are closed sets are enums read from their documented codes (docs/analysis.md "Plan fields") and
/// nothing else: another spelling, another case, a number or a typo is refused naming the field, the valid values and
/// the closest one — never taken as the default (before, <c>endpoint == "os" ? … : Efs</c> read any typo as EFS).
/// </summary>
public class PlanCodeTests
{
    [Theory]
    // field path, value as JSON, valid values expected in the message, closest expected (null = no hint)
    [InlineData("proportion_interval", "\"clopper-pearson\"", "wilson, clopper_pearson", "clopper_pearson")]
    [InlineData("proportion_interval", "\"Wilson\"", "wilson, clopper_pearson", "wilson")]
    [InlineData("cox.ties", "\"efron \"", "efron, breslow", "efron")]
    [InlineData("cox.ties", "\"exact\"", "efron, breslow", null)]
    [InlineData("trial.method", "\"schonfeld\"", "schoenfeld, freedman", "schoenfeld")]
    [InlineData("endpoints.comparison_origin", "\"post_hdc\"", "diagnosis, post_hdc_scan", "post_hdc_scan")]
    [InlineData("followup.origin", "\"diagnsis\"", "diagnosis, post_hdc_scan", "diagnosis")]
    [InlineData("oligo.timepoint", "\"post-hdc\"", "diagnosis, post_induction, post_hdc, end_of_treatment, progression, follow_up", "post_hdc")]
    [InlineData("relapse_sites.reference", "\"last_before\"", "post_hdc, last_before_event", "last_before_event")]
    [InlineData("published", "\"Seed\"", "seed", "seed")]
    [InlineData("read_resolution", "\"concensus\"", "consensus, mean_of_readers, reader:CODE", "consensus")]
    public void A_misspelt_code_is_refused_naming_the_field_the_valid_values_and_the_closest(string field, string value, string valid, string? closest)
    {
        var e = Assert.Throws<InvalidPlanException>(() => PlanJson.Parse(PlanWith(field, value)));
        var error = Assert.Single(e.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains("valid values: " + valid, error.Message, StringComparison.Ordinal);
        if (closest is null) Assert.DoesNotContain("closest", error.Message, StringComparison.Ordinal);
        else Assert.Contains($"(closest: '{closest}')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_in_the_endpoint_list_is_refused_not_read_as_efs()
    {
        var e = Assert.Throws<InvalidPlanException>(() => PlanJson.Parse("""{"endpoints": {"endpoints": ["efs", "oss"]}}"""));
        var error = Assert.Single(e.Errors);
        Assert.Equal("endpoints.endpoints[1]", error.Field);
        Assert.Contains("'oss' is not a valid value; valid values: efs, os (closest: 'os')", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"endpoints": {"endpoints": []}}""", "endpoints.endpoints")]
    [InlineData("""{"endpoints": {"endpoints": ["os", "os"]}}""", "endpoints.endpoints")]
    [InlineData("""{"endpoints": {"cohort_origin": "post_hdc_scan"}}""", "endpoints.cohort_origin")]
    [InlineData("""{"oligo": {"timepoint": "diagnosis"}}""", "oligo.timepoint")]
    [InlineData("""{"read_resolution": "reader:"}""", "read_resolution")]
    [InlineData("""{"read_resolution": "reader:consensus"}""", "read_resolution")]
    [InlineData("""{"cox": {"ties": 1}}""", "cox.ties")]
    [InlineData("""{"proportion_interval": null}""", "proportion_interval")]
    [InlineData("""{"confidence_level": null}""", "confidence_level")]
    public void A_code_valid_as_text_but_not_for_the_field_or_of_the_wrong_type_is_refused(string json, string field)
    {
        var e = Assert.Throws<InvalidPlanException>(() => PlanJson.Parse(json));
        Assert.Contains(e.Errors, x => x.Field == field);
    }

    [Fact]
    public void Every_documented_code_reads_to_its_value_and_writes_back_unchanged()
    {
        var p = PlanJson.Parse("""
            {"proportion_interval": "clopper_pearson", "cox": {"ties": "breslow"}, "trial": {"method": "freedman"},
             "endpoints": {"endpoints": ["os"], "comparison_origin": "diagnosis"}, "followup": {"origin": "post_hdc_scan"},
             "oligo": {"timepoint": "end_of_treatment"}, "relapse_sites": {"reference": "last_before_event"},
             "read_resolution": "mean_of_readers", "published": null}
            """);
        Assert.Equal(ProportionIntervalMethod.ClopperPearson, p.ProportionInterval);
        Assert.Equal(CoxTieMethod.Breslow, p.Cox.Ties);
        Assert.Equal(TrialSizingMethod.Freedman, p.Trial.Method);
        Assert.Equal([SurvivalEndpoint.Os], p.Endpoints.Endpoints);
        Assert.Equal(TimeOrigin.Diagnosis, p.Endpoints.ComparisonOrigin);
        Assert.Equal(TimeOrigin.PostHdcScan, p.Followup.Origin);
        Assert.Equal(TimePoint.EndOfTreatment, p.Oligo.Timepoint);
        Assert.Equal(RelapseReference.LastBeforeEvent, p.RelapseSites.Reference);
        Assert.Equal(ReadResolution.MeanOfReaders, p.ReadResolution);
        Assert.Null(p.Published);

        var json = JsonNode.Parse(PlanJson.Serialize(p))!;
        Assert.Equal("clopper_pearson", (string?)json["proportion_interval"]);
        Assert.Equal("breslow", (string?)json["cox"]!["ties"]);
        Assert.Equal("freedman", (string?)json["trial"]!["method"]);
        Assert.Equal("os", (string?)json["endpoints"]!["endpoints"]![0]);
        Assert.Equal("diagnosis", (string?)json["endpoints"]!["comparison_origin"]);
        Assert.Equal("post_hdc_scan", (string?)json["followup"]!["origin"]);
        Assert.Equal("end_of_treatment", (string?)json["oligo"]!["timepoint"]);
        Assert.Equal("last_before_event", (string?)json["relapse_sites"]!["reference"]);
        Assert.Equal("mean_of_readers", (string?)json["read_resolution"]);
        Assert.Null(json["published"]);
    }

    [Fact]
    public void The_default_plan_is_written_with_the_codes_users_scripts_rely_on()
    {
        // docs/analysis.md "Plan fields": these texts are the contract; an enum rename must not change them.
        var json = JsonNode.Parse(PlanJson.Serialize(AnalysisPlan.Default))!;
        Assert.Equal("consensus", (string?)json["read_resolution"]);
        Assert.Equal("wilson", (string?)json["proportion_interval"]);
        Assert.Equal("efron", (string?)json["cox"]!["ties"]);
        Assert.Equal("schoenfeld", (string?)json["trial"]!["method"]);
        Assert.Equal("""["efs","os"]""", json["endpoints"]!["endpoints"]!.ToJsonString());
        Assert.Equal("diagnosis", (string?)json["endpoints"]!["cohort_origin"]);
        Assert.Equal("post_hdc_scan", (string?)json["endpoints"]!["comparison_origin"]);
        Assert.Equal("diagnosis", (string?)json["followup"]!["origin"]);
        Assert.Equal("post_hdc", (string?)json["oligo"]!["timepoint"]);
        Assert.Equal("post_hdc", (string?)json["relapse_sites"]!["reference"]);
        Assert.Null(json["published"]); // null by default: no comparison with the seed abstract unless asked (mibg demo sets seed)
    }

    [Fact]
    public void A_plan_built_in_code_with_an_undefined_value_is_refused_by_the_validator()
    {
        var plan = AnalysisPlan.Default with { ProportionInterval = (ProportionIntervalMethod)7, Cox = new CoxSettings { Ties = (CoxTieMethod)9 } };
        var errors = PlanValidator.Validate(plan);
        Assert.Contains(errors, e => e.Field == "proportion_interval" && e.Message == "must be one of wilson, clopper_pearson");
        Assert.Contains(errors, e => e.Field == "cox.ties" && e.Message == "must be one of efron, breslow");
    }

    private static string PlanWith(string field, string value)
    {
        var parts = field.Split('.');
        var json = $"\"{parts[^1]}\": {value}";
        for (var i = parts.Length - 2; i >= 0; i--) json = $"\"{parts[i]}\": {{{json}}}";
        return "{" + json + "}";
    }
}
