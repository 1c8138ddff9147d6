using System.Text.Json;
using System.Text.Json.Serialization;
using Mibg.Cli.Infrastructure;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>
/// <see cref="CliJson"/> output for the statistics commands, with one addition: a number that is not finite
/// (R's NaN, Inf — e.g. the F statistic of two readers who agree perfectly) is written as null, like R's NA.
/// </summary>
internal static class StatisticsJson
{
    internal static JsonSerializerOptions Options { get; } = new(CliJson.Options) { Converters = { new NonFiniteAsNull() } };

    public static void Write<T>(CliOutput output, T value) => CliJson.Write(output, value, Options);

    private sealed class NonFiniteAsNull : JsonConverter<double>
    {
        public override bool HandleNull => false;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value)) writer.WriteNumberValue(value);
            else writer.WriteNullValue();
        }
    }
}
