using System.Text.Json.Nodes;
using Mibg.Core.Plan;
using Mibg.Core.Study;
using Mibg.Storage;
using Mibg.Storage.Export;

namespace Mibg.Cli.Tests.Commands.Analysis;

/// <summary><c>mibg plan</c> and <c>mibg analyze</c> run in-process on a three-patient study made by hand.</summary>
public sealed class AnalysisCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-analyze-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static StudyData Study() => TinyStudy.Build();

    private string StudyFolder()
    {
        var path = Path.Combine(_dir, "study");
        StudyExport.ToCsvFolder(Study(), path);
        return path;
    }

    [Fact]
    public void Plan_default_prints_the_default_plan_json()
    {
        var run = CliRunner.Run("plan", "--default");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlanJson.Serialize(AnalysisPlan.Default), run.StdOut.TrimEnd());
        Assert.Equal(AnalysisPlan.Default.Eligibility.MinAgeAtDiagnosisDaysExclusive, PlanJson.Parse(run.StdOut).Eligibility.MinAgeAtDiagnosisDaysExclusive);
    }

    [Fact]
    public void Plan_describe_lists_every_field_with_default_and_description()
    {
        var run = CliRunner.Run("plan", "--describe", "--json");
        Assert.Equal(0, run.ExitCode);
        var fields = JsonNode.Parse(run.StdOut)!.AsArray();
        Assert.Equal(PlanSchema.Fields.Count, fields.Count);
        var hr = fields.Single(f => f!["field"]!.GetValue<string>() == "trial.hazard_ratio")!;
        Assert.Equal("null", hr["default"]!.GetValue<string>());   // null = the HR implied by the counterfactual
        Assert.Contains("hazard ratio", hr["description"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Invalid_plan_is_refused_naming_the_field_and_nothing_is_written()
    {
        var plan = Path.Combine(_dir, "plan.json");
        File.WriteAllText(plan, """{"trial": {"power": 1.5}, "oligo": {"max_total": 0}}""");
        var check = CliRunner.Run("plan", "--check", plan);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("trial.power: must be in (0, 1)", check.StdErr, StringComparison.Ordinal);
        Assert.Contains("oligo.max_total", check.StdErr, StringComparison.Ordinal);

        var outDir = Path.Combine(_dir, "out");
        var run = CliRunner.Run("analyze", StudyFolder(), "--plan", plan, "--out", outDir);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("trial.power", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "results.json")));
    }

    [Fact]
    public void Unknown_plan_field_is_refused_with_its_name()
    {
        var plan = Path.Combine(_dir, "plan.json");
        File.WriteAllText(plan, """{"eligibility": {"min_age": 300}}""");
        var run = CliRunner.Run("plan", "--check", plan);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("eligibility.min_age: unknown field", run.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_a_study_folder_writes_results_and_report()
    {
        var outDir = Path.Combine(_dir, "out");
        var run = CliRunner.Run("analyze", StudyFolder(), "--out", outDir);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")))!;
        // Flow: 3 patients, P3 (L2) excluded at "stage"; 2 eligible, 1 persistent (P2, persistent_response).
        Assert.Equal(2, json["flow"]!.AsArray()[^1]!["n"]!.GetValue<int>());
        Assert.Equal("P3", json["excluded"]![0]!["patient_id"]!.GetValue<string>());
        var groups = json["groups"]!.AsArray().ToDictionary(g => g!["group"]!.GetValue<string>(), g => g!["patients"]!.AsArray().Select(p => p!.GetValue<string>()).ToArray());
        Assert.Equal(["P1"], groups["cleared_after_hdc"]);
        Assert.Equal(["P2"], groups["persistent_response"]);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.Contains("wrote", run.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_json_prints_results_only_on_stdout()
    {
        var run = CliRunner.Run("analyze", StudyFolder(), "--out", Path.Combine(_dir, "out"), "--json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonNode.Parse(run.StdOut)!;
        Assert.Equal(3, json["study"]!["patients"]!.GetValue<int>());
    }

    [Fact]
    public async Task Analyze_from_a_store_gives_the_same_results_as_from_the_files()
    {
        var db = Path.Combine(_dir, "study.db");
        await using (var store = StudyStores.Open(db)) await store.ImportAsync(Study());
        var fromStore = CliRunner.Run("analyze", "--store", db, "--out", Path.Combine(_dir, "a"), "--json");
        var fromFiles = CliRunner.Run("analyze", StudyFolder(), "--out", Path.Combine(_dir, "b"), "--json");
        Assert.True(fromStore.ExitCode == 0, fromStore.StdErr);
        var a = JsonNode.Parse(fromStore.StdOut)!;
        var b = JsonNode.Parse(fromFiles.StdOut)!;
        Assert.Equal(b["reproducibility"]!["study_sha256"]!.GetValue<string>(), a["reproducibility"]!["study_sha256"]!.GetValue<string>());
        Assert.Equal(b["groups"]!.ToJsonString(), a["groups"]!.ToJsonString());
    }

    [Fact]
    public void Analyze_needs_exactly_one_source_and_an_output()
    {
        Assert.Equal(2, CliRunner.Run("analyze", "--out", _dir).ExitCode);
        Assert.Equal(2, CliRunner.Run("analyze", StudyFolder()).ExitCode);
        var missing = CliRunner.Run("analyze", Path.Combine(_dir, "nope"), "--out", _dir);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such study", missing.StdErr, StringComparison.Ordinal);
    }
}
