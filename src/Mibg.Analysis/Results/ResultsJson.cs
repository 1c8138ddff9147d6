using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mibg.Analysis.Results;

/// <summary>Serialises <see cref="StudyResults"/> to results.json: snake_case names, nulls kept, indented, ISO dates.</summary>
public static class ResultsJson
{
    /// <summary>The serializer options of results.json.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>results.json text of <paramref name="results"/>.</summary>
    public static string Serialize(StudyResults results) => JsonSerializer.Serialize(results, Options);

    /// <summary>Reads results.json text back (for the report and tests).</summary>
    public static StudyResults Deserialize(string json) =>
        JsonSerializer.Deserialize<StudyResults>(json, Options) ?? throw new JsonException("results.json is empty");
}
