using Microsoft.Playwright;

namespace Mibg.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser). Screenshots go to
/// <c>screenshots/</c> beside the test assembly (or <c>MIBG_SCREENSHOTS</c>).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Args =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("MIBG_SCREENSHOTS") is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
        return (playwright, browser);
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>
    /// Signs in on <c>/login</c> with the keyboard only (the user-name field has the focus on load; Tab; Enter) in a
    /// fresh browser context, and waits until the page shows the signed-in header. A refused sign-in fails at once
    /// with the page's message, and a sign-in that never completes fails with the requests the browser made, so
    /// an intermittent failure on a busy machine says what the browser showed instead of only "timeout".
    /// </summary>
    public static async Task<IPage> SignInWithKeyboardAsync(IBrowser browser, Uri baseAddress, string name, string password, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(60_000); // generous: CI machines may be busy
        var page = await context.NewPageAsync();
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>(); // the requests, for the failure message
        page.Request += (_, r) => log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} -> {r.Method} {r.Url}");
        page.Response += (_, r) => log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} <- {r.Status} {r.Url}");
        page.RequestFailed += (_, r) => log.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} !! {r.Failure} {r.Url}");
        await page.GotoAsync("/login");
        await Assertions.Expect(page.Locator("input[name=username]")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");
        // Wait on the page's content rather than on a navigation event, which can be missed when it commits between
        // reading page.Url and subscribing; on failure, list the requests (a page that never answers shows there).
        var outcome = page.Locator("form.signout, p.error[role=alert]").First;
        try
        {
            await outcome.WaitForAsync();
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException($"sign-in as '{name}' showed neither the signed-in page nor a refusal at {page.Url} at {DateTime.UtcNow:HH:mm:ss.fff}; browser log:\n" + string.Join("\n", log), e);
        }
        if (await page.Locator("p.error[role=alert]").CountAsync() > 0)
            throw new InvalidOperationException($"sign-in as '{name}' was refused: {await page.Locator("p.error").InnerTextAsync()}");
        await page.WaitForLoadStateAsync(LoadState.Load);
        return page;
    }
}
