using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mibg.Core.Json;

/// <summary>
/// A <see cref="double"/> that is not finite (NaN, ±Infinity: a statistic that is undefined, e.g. the F statistic of two
/// readers who agree perfectly) is written as <c>null</c> — valid JSON, and what R's jsonlite writes for <c>NA</c>;
/// <c>null</c> reads back as NaN. (A <c>double?</c> keeps null as null.)
/// </summary>
public sealed class NonFiniteAsNullConverter : JsonConverter<double>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }
}
