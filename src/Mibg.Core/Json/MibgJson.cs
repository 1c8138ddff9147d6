using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mibg.Core.Json;

/// <summary>
/// The one JSON style of mibg (docs/analysis.md "results.json", docs/cli.md "JSON output"): the analysis plan, results.json
/// and every <c>--json</c> output of the CLI are read and written with <see cref="Options"/>, so they cannot drift apart.
/// <list type="bullet">
/// <item>names in snake_case; dictionary keys as written; nulls kept; indented; ISO dates;</item>
/// <item>closed sets are enums written as their snake_case codes (or the code a value declares with
/// <see cref="JsonStringEnumMemberNameAttribute"/>, e.g. INRC's <c>CR</c>); reading accepts exactly those codes and
/// refuses anything else naming the valid codes and the closest one (<see cref="SnakeCaseEnumConverter"/>);</item>
/// <item>a number that is not finite (NaN, ±Infinity: an undefined statistic) is written as <c>null</c>, like R's
/// <c>NA</c> in JSON, and <c>null</c> reads back as NaN where the field is a plain number;</item>
/// <item>an unknown field is refused when reading (a misspelt plan field must not be ignored).</item>
/// </list>
/// </summary>
public static class MibgJson
{
    /// <summary>The shared serializer options (read-only once first used).</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            NumberHandling = JsonNumberHandling.Strict,
            Converters = { new NonFiniteAsNullConverter(), new SnakeCaseEnumConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary><paramref name="value"/> as JSON text in the shared style.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
