using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Mibg.Imaging.Tests.Fixtures;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Imaging;

/// <summary>
/// Every DICOM fixture carries a patient name, patient id, birth date, study/series/acquisition dates, institution,
/// accession number, referring physician, study id and UIDs; the PNG carries a name and id in a text chunk, the JPEG a
/// comment. Nothing a reader or adjudicator can reach — pages, API, image bytes, raw values, headers, error messages —
/// holds any of them (in any of the spellings a date can take), nor the image file names.
/// </summary>
public sealed class NoIdentifierReachesAReaderTests(ImageFixtures fixtures) : IClassFixture<ImageFixtures>, IAsyncLifetime
{
    private WorkstationServer _server = null!;

    public async Task InitializeAsync() => _server = await DicomStudy.StartAsync(fixtures);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private IEnumerable<string> Forbidden()
    {
        foreach (var id in fixtures.Identifiers)
        {
            yield return id;
            if (id.Length == 8 && id.All(char.IsAsciiDigit)) // a DICOM date: also as ISO and day/month/year
            {
                yield return $"{id[..4]}-{id[4..6]}-{id[6..]}";
                yield return $"{id[6..]}/{id[4..6]}/{id[..4]}";
            }
            foreach (var part in id.Split('^', ' ').Where(p => p.Length >= 5)) yield return part; // name parts, institution words
        }
        foreach (var file in new[] { "explicit16-2frames", "wholebody-folder", "1-post", "2-ant", "jpeg2000", "implicit8-mono1", "scan.png", "scan.jpg", "dicom/" })
            yield return file;
    }

    private static void Collect(List<(string Where, byte[] Bytes)> seen, string where, HttpResponseMessage response, byte[] body)
    {
        var headers = new StringBuilder();
        foreach (var h in response.Headers.Concat(response.Content.Headers)) headers.Append(h.Key).Append(": ").AppendJoin(", ", h.Value).Append('\n');
        seen.Add((where + " (headers)", Encoding.UTF8.GetBytes(headers.ToString())));
        seen.Add((where, body));
    }

    private static async Task GetAsync(HttpClient client, List<(string, byte[])> seen, string url)
    {
        var response = await client.GetAsync(url);
        Collect(seen, url, response, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task No_DICOM_identifier_or_file_name_appears_anywhere_a_reader_or_adjudicator_can_reach()
    {
        var seen = new List<(string Where, byte[] Bytes)>();
        var scans = DicomStudy.Images.Keys.ToArray();
        // Both readers read every scan so that the adjudicator's pages open too.
        foreach (var reader in new[] { "R1", "R2" })
        {
            var client = await _server.SignedInAsync(reader);
            foreach (var scan in scans)
                await client.PostAsync(_server.Api(reader, scan), WorkstationServer.Json(WorkstationServer.ReadJson([0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0])));
        }
        await File.WriteAllTextAsync(Path.Combine(_server.Folder, "images", "withheld-images.txt"), "dicom/scan.jpg\n"); // an error path too
        foreach (var account in new[] { "R1", "adj" })
        {
            var client = await _server.SignedInAsync(account);
            foreach (var url in new[] { "/worklist", "/adjudication", "/api/worklist", "/api/discrepancies" })
                await GetAsync(client, seen, url);
            foreach (var scan in scans)
            {
                var id = Uri.EscapeDataString(_server.Code(account, scan));
                foreach (var url in new[] { $"/score/{id}", $"/adjudicate/{id}", $"/api/scans/{id}/reads", $"/scans/{id}/image", $"/scans/{id}/image/frames",
                             $"/scans/{id}/image?frame=2", $"/scans/{id}/image/pixels?frame=1", $"/scans/{id}/image/pixels?frame=2", $"/scans/{id}/image?frame=9" })
                    await GetAsync(client, seen, url);
            }
        }
        // The pages served assets as well.
        var anonymous = _server.Anonymous();
        foreach (var asset in new[] { "/assets/viewer.js", "/assets/viewer.css", "/assets/score.js" }) await GetAsync(anonymous, seen, asset);

        Assert.True(seen.Count > 200, $"only {seen.Count} responses examined");
        Assert.Contains(seen, s => s.Where.EndsWith("/image/pixels?frame=2", StringComparison.Ordinal) && s.Bytes.Length == 64 * 256 * 4); // real data was served
        foreach (var word in Forbidden())
        {
            var ascii = Encoding.UTF8.GetBytes(word);
            var utf16 = Encoding.Unicode.GetBytes(word);
            foreach (var (where, bytes) in seen)
            {
                Assert.True(bytes.AsSpan().IndexOf(ascii) < 0, $"'{word}' appears in {where}");
                Assert.True(bytes.AsSpan().IndexOf(utf16) < 0, $"'{word}' (UTF-16) appears in {where}");
                if (where.EndsWith("(headers)", StringComparison.Ordinal) || bytes.Length == 0 || bytes[0] == 0x89) continue;
                // Text bodies: also case-insensitively and after JSON/HTML decoding.
                var text = System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes));
                if (text.StartsWith('{') || text.StartsWith('[')) text = JsonSerializer.Serialize(JsonDocument.Parse(text).RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
