using System.Text.Json;
using Mibg.Core.Json;

namespace Mibg.Analysis.Results;

/// <summary>
/// Serialises <see cref="StudyResults"/> to results.json with the shared <see cref="MibgJson.Options"/> (snake_case names
/// and enum codes, nulls kept, indented, ISO dates, a number that is not finite written as null; docs/analysis.md).
/// </summary>
public static class ResultsJson
{
    /// <summary>The serializer options of results.json (<see cref="MibgJson.Options"/>).</summary>
    public static JsonSerializerOptions Options => MibgJson.Options;

    /// <summary>results.json text of <paramref name="results"/>.</summary>
    public static string Serialize(StudyResults results) => JsonSerializer.Serialize(results, Options);

    /// <summary>Reads results.json text back (for the report and tests).</summary>
    public static StudyResults Deserialize(string json) =>
        JsonSerializer.Deserialize<StudyResults>(json, Options) ?? throw new JsonException("results.json is empty");
}
