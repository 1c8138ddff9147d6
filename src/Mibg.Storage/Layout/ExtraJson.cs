using System.Text.Json;

namespace Mibg.Storage.Layout;

/// <summary>Extra (unknown-column) attributes of a row as a JSON object, keeping the column order.</summary>
public static class ExtraJson
{
    /// <summary>Serialises the attributes (<c>{}</c> when none).</summary>
    public static string Write(IReadOnlyDictionary<string, string> extra) =>
        extra.Count == 0 ? "{}" : JsonSerializer.Serialize(extra);

    /// <summary>Reads attributes written by <see cref="Write"/>.</summary>
    public static IReadOnlyDictionary<string, string> Read(string json) =>
        json == "{}" ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
