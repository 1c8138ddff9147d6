using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Mibg.Analysis.Results;
using Mibg.Core.Json;
using Mibg.Core.Plan;

namespace Mibg.Analysis.Tests;

/// <summary>
/// The closed sets of results.json and of the plan are enums, written as codes users' scripts rely on: every code of
/// every such enum is documented in docs/analysis.md, and results.json holds no number that is not finite (written
/// null, docs/analysis.md "JSON style").
/// </summary>
public class ResultsCodesTests
{
    private static readonly string AnalysisDoc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "analysis.md"));

    public static TheoryData<string> EnumTypes()
    {
        var data = new TheoryData<string>();
        foreach (var t in ReachableEnums(typeof(StudyResults)).Concat(ReachableEnums(typeof(AnalysisPlan))).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal))
            data.Add(t.AssemblyQualifiedName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Every_code_of_a_results_or_plan_enum_is_documented(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: true)!;
        var codes = (IEnumerable<string>)typeof(SnakeCaseEnumConverter).GetMethod(nameof(SnakeCaseEnumConverter.Codes))!
            .MakeGenericMethod(type).Invoke(null, null)!;
        foreach (var code in codes)
            Assert.True(AnalysisDoc.Contains($"`{code}`", StringComparison.Ordinal) || AnalysisDoc.Contains($"\"{code}\"", StringComparison.Ordinal),
                $"{type.Name}: code '{code}' is not in docs/analysis.md");
    }

    [Fact]
    public void The_walk_finds_the_closed_sets_of_results_json()
    {
        // guards the reflection above: if it found nothing, the theory would pass vacuously
        var found = ReachableEnums(typeof(StudyResults)).Select(t => t.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "SurvivalEndpoint", "TimeOrigin", "SurvivalComparisonKind", "ProportionIntervalMethod",
            "TrialSizingMethod", "CoxTieMethod", "TimePoint", "RelapsePattern", "RelapseReference", "TimePointAssignment", "EventType" }, found);
    }

    [Fact]
    public void Codes_in_results_json_are_the_documented_texts()
    {
        var r = StudyAnalysis.Run(HandStudyAnalysisTests.Study(), AnalysisPlan.Default with { Published = null });
        var json = JsonNode.Parse(ResultsJson.Serialize(r))!;
        var survival = json["survival"]!.AsArray();
        Assert.Equal(["efs", "os"], survival.Select(s => (string)s!["endpoint"]!).Distinct());
        Assert.Equal(["diagnosis", "post_hdc_scan"], survival.Select(s => (string)s!["origin"]!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["cohort", "persistent_vs_cleared"], survival.Select(s => (string)s!["comparison"]!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal("wilson", (string?)json["persistent"]!["method"]);
        Assert.All(json["cox"]!.AsArray(), c => Assert.Equal(("efron", "post_hdc_scan"), ((string)c!["ties"]!, (string)c["origin"]!)));
        Assert.Equal("post_hdc", (string?)json["relapse_sites"]!["patterns"]!["reference"]);
        Assert.Subset(new HashSet<string> { "confined_to_persistent", "involves_cleared", "involves_new", "non_skeletal_only" },
            json["relapse_sites"]!["patients"]!.AsArray().Select(p => (string)p!["pattern"]!).ToHashSet());
        Assert.Subset(new HashSet<string> { "explicit", "window" }, json["scans"]!.AsArray().Select(s => (string)s!["assigned"]!).ToHashSet());
        Assert.Subset(new HashSet<string> { "progression", "relapse", "second_malignancy", "death" },
            json["swimmer"]!.AsArray().SelectMany(s => s!["events"]!.AsArray()).Select(e => (string)e!["event_type"]!).ToHashSet());
        Assert.Equal("consensus", (string?)json["agreement"]?["read_sensitivity"]?[0]?["resolution"] ?? "consensus");
        Assert.Equal("consensus", (string?)json["reproducibility"]!["plan"]!["read_resolution"]);
    }

    [Fact]
    public void Results_json_has_no_named_floating_point_literal_and_reads_back()
    {
        // The hand study has undefined statistics (e.g. an ICC F statistic with perfect agreement): before one options
        // object they were written "NaN"/"Infinity" here and null by the CLI's statistics commands.
        var text = ResultsJson.Serialize(StudyAnalysis.Run(HandStudyAnalysisTests.Study(), AnalysisPlan.Default with { Published = null }));
        Assert.DoesNotContain("\"NaN\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity\"", text, StringComparison.Ordinal);
        Assert.Equal(text, ResultsJson.Serialize(ResultsJson.Deserialize(text)));
    }

    [Fact]
    public void Results_json_and_the_plan_use_the_one_options_object()
    {
        Assert.Same(MibgJson.Options, ResultsJson.Options);
        Assert.Same(MibgJson.Options, PlanJson.Options);
    }

    private static IEnumerable<Type> ReachableEnums(Type root)
    {
        var seen = new HashSet<Type>();
        var stack = new Stack<Type>([root]);
        while (stack.Count > 0)
        {
            var t = stack.Pop();
            t = Nullable.GetUnderlyingType(t) ?? t;
            if (!seen.Add(t)) continue;
            if (t.IsEnum)
            {
                // the statistics engine's enums are documented with its JSON in docs/cli.md
                if (t.Assembly != typeof(Mibg.Statistics.Survival.ConfidenceType).Assembly) yield return t;
                continue;
            }
            if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) stack.Push(a);
            if (t.IsArray) stack.Push(t.GetElementType()!);
            if (t.IsPrimitive || t == typeof(string) || t.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) continue;
            // a type with its own converter (e.g. read_resolution, written as "reader:R1") is text, not its properties
            if (t.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>() is not null) continue;
            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance)) stack.Push(p.PropertyType);
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Mibg.slnx) not found");
    }
}
