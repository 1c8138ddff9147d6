using System.Text.Json;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.Survival;

/// <summary>One R call of a reference file: its spec (arguments) and R's answer.</summary>
internal sealed record SurvivalCase(string File, Dictionary<string, string?[]> Table, JsonElement Spec, JsonElement Answer)
{
    public string Time => Spec.Text("time")!;
    public string Status => Spec.Text("status")!;
    public string? Group => Spec.Text("group");
    public string? Strata => Spec.Text("strata");
}

/// <summary>The km / logrank / pairwise calls of every reference file (public copies of ../shared/reference and extra/).</summary>
internal static class SurvivalReferenceCases
{
    public static readonly string[] Files =
        ["public/lung", "public/veteran", "public/aml", "public/ovarian", "extra/pbc", "extra/colon", "extra/rats", "extra/kidney", "extra/median-rules"];

    public static TheoryData<string, int> Ids(string kind)
    {
        var data = new TheoryData<string, int>();
        foreach (var f in Files)
        {
            var json = ReferenceData.Json(f + ".json");
            if (!json.TryGetProperty(kind, out var answers)) continue;
            var count = answers.ValueKind == JsonValueKind.Array ? answers.GetArrayLength() : 1;
            for (var i = 0; i < count; i++) data.Add(f, i);
        }
        return data;
    }

    public static SurvivalCase Get(string file, string kind, int index)
    {
        var json = ReferenceData.Json(file + ".json");
        var answers = json.GetProperty(kind);
        var specs = json.GetProperty("spec").GetProperty(kind);
        var answer = answers.ValueKind == JsonValueKind.Array ? answers[index] : answers;
        var spec = specs.ValueKind == JsonValueKind.Array ? specs[index] : specs;
        var table = ReferenceData.Csv(json.GetProperty("input").GetString()! is var input && file.StartsWith("public", StringComparison.Ordinal)
            ? "public/" + input : "extra/" + input);
        return new SurvivalCase(file, table, spec, answer);
    }
}
