using System.Text.Json;
using Microsoft.Playwright;
using Mibg.Imaging.Tests.Fixtures;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Browser;

/// <summary>
/// The scan viewer in real Chromium on a 1366×768 screen, with DICOM made by pydicom: a reader scores a DICOM scan
/// with the keyboard only (windowing, invert, zoom, pan, fit by keyboard), the adjudicator sees both reads beside the
/// image, and an unsupported transfer syntax is named on the page. Screenshots: screenshots/viewer-*.png.
/// </summary>
public sealed class ScanViewerTests(ImageFixtures fixtures) : IClassFixture<ImageFixtures>, IAsyncLifetime
{
    private WorkstationServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await DicomStudy.StartAsync(fixtures);
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    private Task<IPage> SignInAsync(string name) =>
        Chromium.SignInWithKeyboardAsync(_browser, _server.BaseAddress, name, WorkstationServer.Password, 1366, 768);

    private static Task ScreenAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.ScreenshotFolder, name + ".png") });

    private static async Task<double> AttrAsync(IPage page, string name) =>
        double.Parse((await page.Locator("#scan-viewer").GetAttributeAsync(name))!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The grey level the viewer shows for pixel (x, y) of frame 1, computed from what pydicom wrote.</summary>
    private float[] Frame1Values() => fixtures.Expected("explicit16-2frames.dcm.expected.f32")[..(64 * 256)];

    private static int ExpectedGrey(float value, double center, double width, bool invert)
    {
        var g = Math.Clamp((int)Math.Round((value - (center - width / 2)) * 255 / width, MidpointRounding.ToEven), 0, 255);
        return invert ? 255 - g : g;
    }

    private async Task AssertShownGreyAsync(IPage page, bool invert)
    {
        var (c, w) = (await AttrAsync(page, "data-center"), await AttrAsync(page, "data-width"));
        var values = Frame1Values();
        foreach (var (x, y) in new[] { (32, 128), (32, 30), (10, 10), (40, 180) })
        {
            var shown = await page.EvaluateAsync<int>($"window.mibgViewer.grey(0, {x}, {y})");
            Assert.InRange(shown, ExpectedGrey(values[y * 64 + x], c, w, invert) - 1, ExpectedGrey(values[y * 64 + x], c, w, invert) + 1);
        }
    }

    [Fact]
    public async Task A_reader_windows_inverts_zooms_and_scores_a_DICOM_scan_with_the_keyboard_only()
    {
        var page = await SignInAsync("R1");
        var s1 = _server.Code("R1", "S1");
        await page.GotoAsync($"/score/{s1}");
        await page.Locator("#scan-viewer[data-state=ready]").WaitForAsync();

        // Anterior and posterior side by side, the posterior mirrored; R on the viewer's left in both.
        var panes = page.Locator(".viewer-pane");
        Assert.Equal(2, await panes.CountAsync());
        Assert.Equal("anterior", await panes.Nth(0).GetAttributeAsync("data-view"));
        Assert.Equal("posterior", await panes.Nth(1).GetAttributeAsync("data-view"));
        Assert.Equal("true", await panes.Nth(1).GetAttributeAsync("data-mirrored"));
        Assert.Equal("Posterior, mirrored", await panes.Nth(1).Locator(".pane-label").InnerTextAsync());
        Assert.Equal(["R", "L"], await panes.Nth(1).Locator(".side").AllInnerTextsAsync());

        // Body diagram and both views visible together on 1366×768, without scrolling.
        foreach (var element in new[] { page.Locator("#body-diagram"), panes.Nth(0), panes.Nth(1) })
        {
            var box = (await element.BoundingBoxAsync())!;
            Assert.True(box.Y >= 0 && box.Y + box.Height <= 768 && box.X + box.Width <= 1366, $"{box.X},{box.Y} {box.Width}×{box.Height} is off the 1366×768 screen");
        }
        Assert.True((await panes.Nth(0).BoundingBoxAsync())!.Height >= 400); // a whole body tall enough to read

        // Opens black on white with the window recorded in the file (centre 900, width 1800).
        Assert.Equal((900, 1800), (await AttrAsync(page, "data-center"), await AttrAsync(page, "data-width")));
        Assert.Equal("true", await page.Locator("#scan-viewer").GetAttributeAsync("data-invert"));
        await AssertShownGreyAsync(page, invert: true);
        await ScreenAsync(page, "viewer-01-score-opened");

        // The body diagram has the focus for scoring; the viewer's letters work from there.
        Assert.Equal("body-diagram", await page.EvaluateAsync<string>("document.activeElement.id"));
        using var list = JsonDocument.Parse(await page.EvaluateAsync<string>($"fetch('/scans/{s1}/image/frames').then(r => r.text())"));
        var frames = list.RootElement.GetProperty("frames");
        var span = Math.Max(frames[0].GetProperty("max").GetDouble(), frames[1].GetProperty("max").GetDouble())
                   - Math.Min(frames[0].GetProperty("min").GetDouble(), frames[1].GetProperty("min").GetDouble());
        foreach (var key in new[] { "a", "a", "a", "w", "w" }) await page.Keyboard.PressAsync(key); // narrower ×3, level up ×2
        await page.Locator("#scan-viewer:not([data-center='900'])").WaitForAsync(); // locators, not WaitForFunction: the page's CSP forbids eval
        Assert.Equal(1800 / Math.Pow(1.15, 3), await AttrAsync(page, "data-width"), 6);
        Assert.Equal(900 + 2 * 0.02 * span, await AttrAsync(page, "data-center"), 6);
        await page.WaitForTimeoutAsync(100); // one animation frame
        await AssertShownGreyAsync(page, invert: true);
        await ScreenAsync(page, "viewer-02-narrow-window");

        await page.Keyboard.PressAsync("i"); // white on black
        await page.Locator("#scan-viewer[data-invert='false']").WaitForAsync();
        await page.WaitForTimeoutAsync(100);
        await AssertShownGreyAsync(page, invert: false);
        await ScreenAsync(page, "viewer-03-inverted");
        await page.Keyboard.PressAsync("i");

        foreach (var key in new[] { "+", "+", "+", "k", "k" }) await page.Keyboard.PressAsync(key); // zoom ×1.95, pan up
        await page.Locator("#scan-viewer:not([data-zoom='1'])").WaitForAsync();
        Assert.Equal(Math.Pow(1.25, 3), await AttrAsync(page, "data-zoom"), 6);
        Assert.Equal(-80, await page.EvaluateAsync<double>("window.mibgViewer.state.panY"));
        await page.WaitForTimeoutAsync(100);
        await ScreenAsync(page, "viewer-04-zoomed");
        await page.Keyboard.PressAsync("p"); // next preset: full range
        // The status line is redrawn after the key's frame: wait for it instead of reading it at once.
        await page.Locator("#viewer-status", new() { HasTextString = "full range" }).WaitForAsync();
        Assert.Contains("full range", await page.Locator("#viewer-status").InnerTextAsync(), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("f"); // fit to height again
        await page.Locator("#scan-viewer[data-zoom='1']").WaitForAsync();

        // Scoring still works by keyboard after all that: 0 2 0 0 0 0 3 1 0 0 0 0 → 6; Ctrl+Enter submits.
        Assert.Equal("body-diagram", await page.EvaluateAsync<string>("document.activeElement.id"));
        foreach (var d in "020000310000") await page.Keyboard.PressAsync(d.ToString());
        Assert.Equal("6", await page.Locator("#total").InnerTextAsync());
        await ScreenAsync(page, "viewer-05-scored");
        await page.Keyboard.PressAsync("Control+Enter");
        await page.WaitForURLAsync(url => url.Contains($"done={s1}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_adjudicator_sees_both_reads_beside_the_image()
    {
        foreach (var (reader, scores) in new[] { ("R1", new[] { 0, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0 }), ("R2", new[] { 0, 1, 0, 0, 0, 0, 3, 1, 0, 0, 0, 1 }) })
        {
            var client = await _server.SignedInAsync(reader);
            var posted = await client.PostAsync(_server.Api(reader, "S2"), WorkstationServer.Json(WorkstationServer.ReadJson(scores)));
            Assert.Equal(System.Net.HttpStatusCode.Created, posted.StatusCode);
        }
        var page = await SignInAsync("adj");
        await page.GotoAsync($"/adjudicate/{_server.Code("adj", "S2")}");
        await page.Locator("#scan-viewer[data-state=ready]").WaitForAsync();
        Assert.Equal(["Segment", "R1", "R2"], await page.Locator("#compare thead th").AllInnerTextsAsync());
        // S2 is a folder whose posterior file sorts first: the anterior is still shown on the left.
        Assert.Equal("anterior", await page.Locator(".viewer-pane").Nth(0).GetAttributeAsync("data-view"));
        Assert.Equal("2", await page.Locator("#scan-viewer").GetAttributeAsync("data-frames"));
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var compare = (await page.Locator("#compare").BoundingBoxAsync())!;
        var viewer = (await page.Locator(".viewer-panes").BoundingBoxAsync())!;
        Assert.True(compare.X > viewer.X + viewer.Width, "the reads are beside the image");
        Assert.True(compare.Y is > 0 and < 768 && viewer.Y is > 0 && viewer.Y + 400 < 768, "reads and image start on the first screen");
        await ScreenAsync(page, "viewer-06-adjudication");
        await Chromium.ShotAsync(page, "viewer-06-adjudication-full");
    }

    [Fact]
    public async Task An_unsupported_transfer_syntax_is_named_on_the_page()
    {
        var page = await SignInAsync("R1");
        await page.GotoAsync($"/score/{_server.Code("R1", "S3")}");
        var message = page.Locator("#viewer-message.error");
        await message.WaitForAsync();
        Assert.Contains("JPEG 2000", await message.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("body-diagram", await page.EvaluateAsync<string>("document.activeElement.id")); // scoring still possible
        await ScreenAsync(page, "viewer-07-unsupported");
    }
}
