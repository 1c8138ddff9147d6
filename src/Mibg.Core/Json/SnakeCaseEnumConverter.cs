using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mibg.Core.Text;

namespace Mibg.Core.Json;

/// <summary>
/// Enums as their codes: the snake_case name (<c>ClopperPearson</c> → <c>clopper_pearson</c>) unless the value declares
/// its code with <see cref="JsonStringEnumMemberNameAttribute"/>. Reading is exact: any other text (another spelling such
/// as <c>clopper-pearson</c>, another case, a number) is refused with the valid codes and the closest one.
/// </summary>
public sealed class SnakeCaseEnumConverter : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(typeToConvert))!;

    /// <summary>The code of every value of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Codes<T>() where T : struct, Enum => Typed<T>.Names.Select(n => n.Code).ToArray();

    /// <summary>The code of <paramref name="value"/> (e.g. <c>post_hdc_scan</c>).</summary>
    public static string Code<T>(T value) where T : struct, Enum =>
        Typed<T>.Names.First(n => EqualityComparer<T>.Default.Equals(n.Value, value)).Code;

    /// <summary>Parses a code exactly; null when it is not one.</summary>
    public static T? Parse<T>(string code) where T : struct, Enum =>
        Typed<T>.Names.Where(n => n.Code == code).Select(n => (T?)n.Value).FirstOrDefault();

    /// <summary>Why <paramref name="text"/> is not a code of <typeparamref name="T"/>: the valid codes and the closest one.</summary>
    public static string Refusal<T>(string text) where T : struct, Enum => Typed<T>.Refusal(text);

    private sealed class Typed<T> : JsonConverter<T> where T : struct, Enum
    {
        internal static readonly IReadOnlyList<(T Value, string Code)> Names = typeof(T)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => ((T)f.GetValue(null)!, f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                                                 ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(f.Name)))
            .ToArray();

        internal static string Refusal(string text)
        {
            var codes = Names.Select(n => n.Code).ToArray();
            var close = ClosestName.Find(text, codes);
            return $"'{text}' is not a valid value; valid values: {string.Join(", ", codes)}" + (close is null ? "" : $" (closest: '{close}')");
        }

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new JsonException($"expected one of {string.Join(", ", Names.Select(n => n.Code))} as a string, not {reader.TokenType}");
            return FromCode(reader.GetString()!);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(ToCode(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FromCode(reader.GetString()!);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(ToCode(value));

        private static T FromCode(string code) =>
            Parse<T>(code) ?? throw new JsonException(Refusal(code));

        private static string ToCode(T value)
        {
            foreach (var (v, code) in Names)
                if (EqualityComparer<T>.Default.Equals(v, value)) return code;
            throw new JsonException($"{value} is not a defined {typeof(T).Name}");
        }
    }
}
