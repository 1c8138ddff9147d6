using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mibg.Cli.Infrastructure;

/// <summary>The one JSON style of every <c>--json</c> output: snake_case names, nulls kept, indented.</summary>
public static class CliJson
{
    /// <summary>Serializer options shared by all commands.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes <paramref name="value"/> as one JSON document on stdout.</summary>
    public static void Write<T>(CliOutput output, T value) => Write(output, value, Options);

    /// <summary>Writes <paramref name="value"/> as one JSON document on stdout with options derived from <see cref="Options"/>.</summary>
    public static void Write<T>(CliOutput output, T value, JsonSerializerOptions options)
    {
        output.Out.WriteLine(JsonSerializer.Serialize(value, options));
        output.Out.Flush();
    }
}
