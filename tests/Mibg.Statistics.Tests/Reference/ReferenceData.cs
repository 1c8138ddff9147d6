using System.Globalization;
using System.Text.Json;

namespace Mibg.Statistics.Tests.Reference;

/// <summary>
/// R reference answers committed beside the tests: <c>public/</c> is a copy of ../shared/reference (survival 3.5-3,
/// psych 2.2.9; made by make-goldens.R there), <c>extra/</c> is made by make-extra-goldens.R in this folder.
/// </summary>
internal static class ReferenceData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mibg.slnx")))
                return Path.Combine(dir.FullName, "tests", "Mibg.Statistics.Tests", "Reference");
        throw new DirectoryNotFoundException("Mibg.slnx not found above the test binaries.");
    });

    public static string PathOf(string relative) => Path.Combine(Root.Value, relative);

    public static JsonElement Json(string relative)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf(relative)));
        return doc.RootElement.Clone();
    }

    /// <summary>A CSV written by R's write.csv (quoted header and strings, empty = NA): column name → cells (null = NA).</summary>
    public static Dictionary<string, string?[]> Csv(string relative)
    {
        var lines = File.ReadAllLines(PathOf(relative)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',').Select(Unquote).ToArray();
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var result = new Dictionary<string, string?[]>();
        for (var c = 0; c < header.Length; c++)
            result[header[c]!] = cells.Select(row => Unquote(row[c]) is { Length: > 0 } v && v != "NA" ? v : null).ToArray();
        return result;
    }

    /// <summary>Rows where every one of <paramref name="columns"/> is present (R's na.omit on the used columns).</summary>
    public static int[] CompleteRows(Dictionary<string, string?[]> table, params string?[] columns)
    {
        var used = columns.Where(c => c is not null).Select(c => table[c!]).ToArray();
        return Enumerable.Range(0, used[0].Length).Where(i => used.All(col => col[i] is not null)).ToArray();
    }

    public static double[] Numbers(Dictionary<string, string?[]> table, string column, int[] rows) =>
        rows.Select(i => double.Parse(table[column][i]!, CultureInfo.InvariantCulture)).ToArray();

    public static bool[] Events(Dictionary<string, string?[]> table, string column, int[] rows) =>
        Numbers(table, column, rows).Select(v => v == 1).ToArray();

    public static string[] Texts(Dictionary<string, string?[]> table, string column, int[] rows) =>
        rows.Select(i => table[column][i]!).ToArray();

    public static double? Number(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static string? Text(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Unquote(string s) => s.Trim().Trim('"');
}
