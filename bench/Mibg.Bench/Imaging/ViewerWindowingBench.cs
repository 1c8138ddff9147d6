using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace Mibg.Bench.Imaging;

/// <summary>
/// The scan viewer's windowing in Debian's Chromium: the real Assets/viewer.js on two 256×1024 frames (served from
/// memory through Playwright routes), 400 window/level key presses, each followed by the next animation frames; the
/// time of each re-render (window both panes + draw) as the viewer measures it, and the key-to-frame rate.
/// </summary>
internal static class ViewerWindowingBench
{
    private const int Width = 256, Height = 1024;

    public static async Task<int> RunAsync()
    {
        var root = BenchFiles.RepositoryRoot();
        var script = await File.ReadAllTextAsync(Path.Combine(root, "src", "Mibg.Web", "Assets", "viewer.js"));
        var style = await File.ReadAllTextAsync(Path.Combine(root, "src", "Mibg.Web", "Assets", "viewer.css"));
        var frames = JsonSerializer.Serialize(new
        {
            source = "dicom_file",
            frames = new[] { "anterior", "posterior" }.Select((v, i) => new
            {
                frame = i + 1, view = v, view_assumed = false, width = Width, height = Height, min = 0, max = 3000,
                monochrome1 = false, window = new { center = 1500, width = 3000 }, window_recorded = false,
            }),
        });
        var pixels = Pixels();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 1366, Height = 768 } });
        await page.RouteAsync("http://bench.local/**", route =>
        {
            var url = new Uri(route.Request.Url);
            return url.AbsolutePath switch
            {
                "/" => route.FulfillAsync(new() { ContentType = "text/html", Body = Page }),
                "/viewer.js" => route.FulfillAsync(new() { ContentType = "text/javascript", Body = script }),
                "/viewer.css" => route.FulfillAsync(new() { ContentType = "text/css", Body = style }),
                "/scans/b/image/frames" => route.FulfillAsync(new() { ContentType = "application/json", Body = frames }),
                "/scans/b/image/pixels" => route.FulfillAsync(new() { ContentType = "application/octet-stream", BodyBytes = pixels }),
                _ => route.FulfillAsync(new() { Status = 404 }),
            };
        });
        await page.GotoAsync("http://bench.local/");
        await page.Locator("#scan-viewer[data-state=ready]").WaitForAsync();
        var wall = Stopwatch.StartNew();
        var result = await page.EvaluateAsync<JsonElement>(@"async () => {
            const keys = 'adws', times = [];
            const next = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            await next();
            const t0 = performance.now();
            for (let i = 0; i < 400; i++) {
                document.dispatchEvent(new KeyboardEvent('keydown', { key: keys[i % 4] }));
                await next();
                times.push(window.mibgViewer.stats.lastMs);
            }
            const elapsed = performance.now() - t0;
            times.sort((a, b) => a - b);
            return { n: times.length, median: times[200], p95: times[380], max: times[399], keysPerSecond: 400 / elapsed * 1000 };
        }");
        wall.Stop();
        Console.WriteLine($"viewer windowing, 2 panes of {Width}×{Height}, 400 key presses: re-render median {result.GetProperty("median").GetDouble():F2} ms, " +
                          $"p95 {result.GetProperty("p95").GetDouble():F2} ms, max {result.GetProperty("max").GetDouble():F2} ms; " +
                          $"{result.GetProperty("keysPerSecond").GetDouble():F0} window changes shown per second (each waits 2 animation frames); wall {wall.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    private const string Page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/viewer.css"></head><body>
        <div class="scan-viewer" id="scan-viewer" data-image="/scans/b/image">
          <div class="viewer-bar"><span class="viewer-status" id="viewer-status"></span></div>
          <div class="viewer-panes" id="viewer-panes"><p id="viewer-message">Loading</p></div>
        </div>
        <script src="/viewer.js"></script></body></html>
        """;

    /// <summary>A body-like frame: an ellipse of background with hot spots and noise, as little-endian float32.</summary>
    private static byte[] Pixels()
    {
        var random = new Random(1);
        var values = new float[Width * Height];
        for (var y = 0; y < Height; y++)
            for (var x = 0; x < Width; x++)
            {
                var inBody = Math.Pow((x - Width / 2.0) / (Width * 0.3), 2) + Math.Pow((y - Height / 2.0) / (Height * 0.45), 2) <= 1;
                var hot = Math.Pow(x - Width / 2.0, 2) + Math.Pow(y - Height * 0.12, 2) <= Math.Pow(Height * 0.06, 2);
                values[y * Width + x] = (hot ? 3000 : inBody ? 600 : 0) + random.Next(150);
            }
        var bytes = new byte[values.Length * 4];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        return bytes;
    }
}
