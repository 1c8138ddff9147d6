using System.Text.Json;
using Mibg.Core.Json;

namespace Mibg.Core.Tests.Plan;

/// <summary>The one JSON style (MibgJson): enum codes, non-finite numbers as null, unknown fields refused.</summary>
public class MibgJsonTests
{
    private sealed record Stat(double Value, double? Maybe, double[] Values);

    private enum Sample { PostHdcScan, [System.Text.Json.Serialization.JsonStringEnumMemberName("CR")] Complete }

    [Fact]
    public void A_number_that_is_not_finite_is_written_as_null_and_read_back_as_nan()
    {
        var json = MibgJson.Serialize(new Stat(double.NaN, double.PositiveInfinity, [1.5, double.NegativeInfinity]));
        Assert.Equal("""{"value":null,"maybe":null,"values":[1.5,null]}""", Compact(json));
        var back = JsonSerializer.Deserialize<Stat>(json, MibgJson.Options)!;
        Assert.True(double.IsNaN(back.Value));
        Assert.Null(back.Maybe); // a nullable number keeps null as null
        Assert.True(double.IsNaN(back.Values[1]));
    }

    [Fact]
    public void Named_floating_point_literals_are_not_accepted()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Stat>("""{"value":"NaN","maybe":null,"values":[]}""", MibgJson.Options));
    }

    [Fact]
    public void Enums_are_written_as_snake_case_codes_or_their_declared_code()
    {
        Assert.Equal("\"post_hdc_scan\"", MibgJson.Serialize(Sample.PostHdcScan));
        Assert.Equal("\"CR\"", MibgJson.Serialize(Sample.Complete));
        Assert.Equal(["post_hdc_scan", "CR"], SnakeCaseEnumConverter.Codes<Sample>());
        Assert.Equal(Sample.Complete, JsonSerializer.Deserialize<Sample>("\"CR\"", MibgJson.Options));
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sample>("\"PostHdcScan\"", MibgJson.Options));
        Assert.Contains("valid values: post_hdc_scan, CR (closest: 'post_hdc_scan')", e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Sample>("0", MibgJson.Options));
    }

    [Fact]
    public void Enum_dictionary_keys_are_codes()
    {
        var json = MibgJson.Serialize(new Dictionary<Sample, int> { [Sample.PostHdcScan] = 1 });
        Assert.Equal("""{"post_hdc_scan":1}""", Compact(json));
        Assert.Equal(1, JsonSerializer.Deserialize<Dictionary<Sample, int>>(json, MibgJson.Options)![Sample.PostHdcScan]);
    }

    [Fact]
    public void An_unknown_field_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Stat>("""{"value":1,"maybe":null,"values":[],"extra":2}""", MibgJson.Options));
    }

    private static string Compact(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);
}
