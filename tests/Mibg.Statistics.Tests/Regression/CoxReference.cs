using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>
/// R's answers for the Cox tests: Reference/public/*.json are the project's shared references
/// (make-goldens.R), Reference/Cox/cox-references.json is made by Reference/Cox/make-cox-references.R.
/// Both read the shared CSV inputs in Reference/public.
/// </summary>
internal static class CoxReference
{
    public static string Folder { get; } = Path.Combine(SourceDirectory(), "..", "Reference", "Cox");

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static JsonElement Load(string relativePath) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, relativePath))).RootElement;

    /// <summary>The CSV as columns of raw text (empty = missing), header names as keys.</summary>
    public static Dictionary<string, string?[]> ReadCsv(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file));
        var header = SplitLine(lines[0]);
        var columns = header.ToDictionary(h => h!, _ => new string?[lines.Length - 1]);
        for (var r = 1; r < lines.Length; r++)
        {
            var cells = SplitLine(lines[r]);
            for (var c = 0; c < header.Count; c++) columns[header[c]!][r - 1] = string.IsNullOrEmpty(cells[c]) ? null : cells[c];
        }
        return columns;
    }

    public static double[] Numbers(string?[] column) =>
        [.. column.Select(v => v is null ? double.NaN : double.Parse(v, CultureInfo.InvariantCulture))];

    /// <summary>CoxInput for a case spec {time, status, covs, factors, strata}.</summary>
    public static CoxInput Input(Dictionary<string, string?[]> data, JsonElement spec)
    {
        var factors = spec.TryGetProperty("factors", out var f) ? f.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
        var covariates = spec.GetProperty("covs").EnumerateArray().Select(e => e.GetString()!)
            .Select(name => factors.Contains(name)
                ? CoxCovariate.Factor(name, data[name])
                : CoxCovariate.Numeric(name, Numbers(data[name])))
            .ToList();
        var strata = spec.TryGetProperty("strata", out var s) && s.ValueKind == JsonValueKind.String ? data[s.GetString()!] : null;
        var input = new CoxInput(Numbers(data[spec.GetProperty("time").GetString()!]), Numbers(data[spec.GetProperty("status").GetString()!]), covariates, strata);
        // Counting-process cases name their start and subject columns; weighted cases their weights and cluster.
        if (spec.TryGetProperty("start", out var start))
            input = input with { Start = Numbers(data[start.GetString()!]), Subject = data[spec.GetProperty("id").GetString()!] };
        if (spec.TryGetProperty("weights", out var w) && w.ValueKind == JsonValueKind.String)
            input = input with { Weights = Numbers(data[w.GetString()!]) };
        if (spec.TryGetProperty("cluster", out var c) && c.ValueKind == JsonValueKind.String)
            input = input with { Cluster = data[c.GetString()!] };
        return input;
    }

    public static CoxOptions Options(JsonElement spec) =>
        new() { Ties = spec.TryGetProperty("ties", out var t) && t.GetString() == "breslow" ? CoxTies.Breslow : CoxTies.Efron };

    private static List<string?> SplitLine(string line)
    {
        var cells = new List<string?>();
        var i = 0;
        while (i <= line.Length)
        {
            if (i < line.Length && line[i] == '"')
            {
                var end = line.IndexOf('"', i + 1);
                cells.Add(line[(i + 1)..end]);
                i = end + 2;
            }
            else
            {
                var end = line.IndexOf(',', i);
                if (end < 0) end = line.Length;
                cells.Add(line[i..end]);
                i = end + 1;
            }
        }
        return cells;
    }
}
