using Microsoft.Playwright;
using Mibg.Reporting.Tests.Fixtures;

namespace Mibg.Reporting.Tests;

/// <summary>The report opened in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).</summary>
public class HtmlInChromiumTests
{
    internal static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync",
    ];

    /// <summary>Debian's Chromium, headless, with the arguments above.</summary>
    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });

    [Fact]
    public async Task Every_figure_shows_and_the_page_makes_no_network_request()
    {
        var html = WrittenReport.Get().Html;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var fileUrl = new Uri(html).AbsoluteUri;
        await page.GotoAsync(fileUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        // Only the page itself and its own data: URIs may be loaded.
        Assert.DoesNotContain(requests, u => u != fileUrl && !u.StartsWith("data:", StringComparison.Ordinal));

        var sizes = await page.EvaluateAsync<double[][]>(
            "() => Array.from(document.querySelectorAll('img, svg')).map(e => { const r = e.getBoundingClientRect(); " +
            "return [r.width, r.height, e.tagName === 'IMG' ? (e.complete ? e.naturalWidth : -1) : 1]; })");
        var figures = Mibg.Reporting.Sections.StudyReportDocument.Build(FixtureStudy.Results, FixtureStudy.Options).Figures.Count();
        Assert.Equal(figures, sizes.Length);
        Assert.All(sizes, s =>
        {
            Assert.True(s[0] > 100 && s[1] > 50, $"figure shown at {s[0]}×{s[1]}");
            Assert.True(s[2] > 0, "image decoded");
        });

        var words = await page.InnerTextAsync("body");
        Assert.Contains("The study holds 54 patients", words, StringComparison.Ordinal); // FixtureStudy: 54 patients
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Gallery.Directory, "report-first-screen.png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Gallery.Directory, "report-full.png"), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(Gallery.Directory, "report-first-screen.png")).Length > 10_000);
        await page.Locator("#table-table1").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Gallery.Directory, "report-table1.png") });
    }

    [Fact]
    public async Task Every_table_fits_its_column_on_a_1366_pixel_screen()
    {
        // A table wider than the text column is clipped at its right edge (overlay scrollbars show no hint), which hid
        // the 5-year, median, HR and p columns of the survival table; cells wrap instead.
        var html = WrittenReport.Get().Html;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        var overflowing = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('div.table')).filter(d => d.scrollWidth > d.clientWidth + 1)" +
            ".map(d => d.id + ' ' + d.scrollWidth + ' > ' + d.clientWidth)");
        Assert.True(await page.Locator("div.table").CountAsync() > 5);
        Assert.Empty(overflowing);
    }

    [Fact]
    public async Task The_network_check_sees_a_page_that_fetches_from_outside()
    {
        // Control for the test above: a page with one external image must be seen requesting it.
        var path = Path.Combine(Gallery.Directory, "external-image.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/x.png\"></body></html>");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        Assert.Contains("http://127.0.0.1:9/x.png", requests);
    }

    [Fact]
    public async Task Prints_to_pdf_from_chromium_with_the_print_stylesheet()
    {
        var html = WrittenReport.Get().Html;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        // The print stylesheet hides the contents box.
        Assert.False(await page.IsVisibleAsync("nav"));
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        Assert.True(pdf.Length > 50_000);
    }
}
