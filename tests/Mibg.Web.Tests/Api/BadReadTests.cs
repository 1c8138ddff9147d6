using System.Net;
using System.Text.Json;
using Mibg.Storage;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Api;

/// <summary>Malformed, out-of-range, missing and unknown fields of a submitted read: 400 naming the field, nothing stored.</summary>
public sealed class BadReadTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static async Task<JsonElement> JsonOf(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [InlineData("{\"siopen\": {\"skull\": 0", "malformed JSON")]
    [InlineData("{\"siopen\": {\"skull\": 0, \"skull\": 6, \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 0, \"pelvis\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0}}", "malformed JSON")] // a field twice: refused, not "last wins"
    [InlineData("{\"comment\": \"a\", \"comment\": \"b\", \"siopen\": {}}", "malformed JSON")]
    [InlineData("[1, 2]", "the body must be a JSON object")]
    [InlineData("{}", "siopen: missing")]
    [InlineData("{\"siopen\": {\"skull\": 0, \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 7, \"pelvis\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0}}", "siopen.spine: 7 is outside 0..6")]
    [InlineData("{\"siopen\": {\"skull\": -1, \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 0, \"pelvis\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0}}", "siopen.skull: -1 is outside 0..6")]
    [InlineData("{\"siopen\": {\"skull\": 0, \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0}}", "siopen.pelvis: missing")]
    [InlineData("{\"siopen\": {\"skull\": 0, \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 0, \"pelvis\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0, \"sternum\": 1}}", "siopen.sternum: not a SIOPEN segment")]
    [InlineData("{\"siopen\": {\"skull\": \"2\", \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 0, \"pelvis\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0}}", "siopen.skull: \"2\" is not an integer 0..6")]
    [InlineData("{\"siopen\": {\"skull\": 1.5, \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 0, \"pelvis\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0}}", "siopen.skull: 1.5 is not an integer 0..6")]
    [InlineData("{\"siopen\": {\"skull\": 0, \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 0, \"pelvis\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0}, \"curie\": {\"head\": 4}}", "curie.head: 4 is outside 0..3")]
    [InlineData("{\"siopen\": {\"skull\": 0, \"thoracic_cage\": 0, \"right_upper_limb_proximal\": 0, \"right_upper_limb_distal\": 0, \"left_upper_limb_proximal\": 0, \"left_upper_limb_distal\": 0, \"spine\": 0, \"pelvis\": 0, \"right_lower_limb_proximal\": 0, \"right_lower_limb_distal\": 0, \"left_lower_limb_proximal\": 0, \"left_lower_limb_distal\": 0}, \"soft_tissue\": -2}", "soft_tissue: -2 is outside 0..99")]
    [InlineData("{\"siopen\": {}, \"total\": 3}", "total: unknown field")]
    public async Task A_bad_read_is_refused_with_400_naming_the_field(string body, string expected)
    {
        var r1 = await fixture.ClientAsync("R1");
        var response = await r1.PostAsync(fixture.Server.Api("R1", "S1"), WorkstationServer.Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await JsonOf(response);
        var messages = json.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetString()!).ToArray()
            : [json.GetProperty("error").GetString()!];
        Assert.Contains(messages, m => m.StartsWith(expected, StringComparison.Ordinal));
        await using var store = fixture.Server.OpenStore();
        Assert.Empty(await store.GetReadsAsync("S1"));
    }

}
