using System.Globalization;
using System.Text.Json;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.CompetingRisks;

/// <summary>
/// Reads the competing-risks reference files written by R: <c>public/pbc-competing.json</c> (copy of the shared
/// references, made by make-goldens-competing.R) and <c>CompetingRisks/competing-references.json</c> (made by
/// make-competing-references.R beside it, cmprsk 2.2).
/// </summary>
internal static class CompetingRisksReference
{
    public static JsonElement Extra => ReferenceData.Json("CompetingRisks/competing-references.json");

    public static JsonElement Shared => ReferenceData.Json("public/pbc-competing.json");

    public static TheoryData<int> Indices(string section)
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Extra.GetProperty(section).GetArrayLength(); i++) data.Add(i);
        return data;
    }

    /// <summary>The used columns of a reference table with rows where any of them is NA left out (R's complete.cases).</summary>
    public static (double[] Time, int[] Status, Dictionary<string, string?[]> Table, int[] Rows) Load(string file, string time, string status, params string?[] others)
    {
        var table = ReferenceData.Csv(file);
        var rows = ReferenceData.CompleteRows(table, [time, status, .. others]);
        var times = ReferenceData.Numbers(table, time, rows);
        var codes = ReferenceData.Numbers(table, status, rows).Select(v => (int)v).ToArray();
        return (times, codes, table, rows);
    }

    public static double?[] Numbers(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Number ? x.GetDouble() : (double?)null).ToArray()
            : [];

    public static string Show(double t) => t.ToString(CultureInfo.InvariantCulture);
}
