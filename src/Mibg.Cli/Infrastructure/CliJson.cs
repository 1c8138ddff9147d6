using System.Text.Json;
using Mibg.Core.Json;

namespace Mibg.Cli.Infrastructure;

/// <summary>
/// Every <c>--json</c> output: the shared <see cref="MibgJson.Options"/> of results.json and plans (snake_case names and
/// enum codes, nulls kept, indented, a number that is not finite written as null; docs/cli.md "JSON output").
/// </summary>
public static class CliJson
{
    /// <summary>Serializer options shared by all commands (<see cref="MibgJson.Options"/>).</summary>
    public static JsonSerializerOptions Options => MibgJson.Options;

    /// <summary>Writes <paramref name="value"/> as one JSON document on stdout.</summary>
    public static void Write<T>(CliOutput output, T value)
    {
        output.Out.WriteLine(JsonSerializer.Serialize(value, Options));
        output.Out.Flush();
    }
}
