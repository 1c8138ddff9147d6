using Microsoft.Playwright;
using Mibg.Core.Scoring;
using Mibg.Storage;
using Mibg.Storage.Export;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Browser;

/// <summary>
/// What a person does, in real Chromium: a reader signs in and scores a scan with the keyboard only, the second
/// reader cannot see the first's scores, the adjudicator resolves the disagreement, the consensus is exported.
/// </summary>
public sealed class ReadingWorkflowTests : IAsyncLifetime
{
    private WorkstationServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await WorkstationServer.StartAsync();
        (_playwright, _browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    private Task<IPage> SignInAsync(string name) =>
        Chromium.SignInWithKeyboardAsync(_browser, _server.BaseAddress, name, WorkstationServer.Password);

    private static async Task ScoreByKeyboardAsync(IPage page, string digits)
    {
        await Assertions.Expect(page.Locator("#body-diagram")).ToBeFocusedAsync(); // focused on load (no string predicate: the CSP forbids eval)
        foreach (var d in digits) await page.Keyboard.PressAsync(d.ToString());
    }

    [Fact]
    public async Task Two_readers_score_blind_the_adjudicator_resolves_and_the_consensus_is_exported()
    {
        // Reader 1 signs in, sees the worklist, scores S1 with the keyboard only.
        var r1 = await SignInAsync("R1");
        Assert.EndsWith("/worklist", r1.Url);
        Assert.Equal("0 of 6 scans read", await r1.Locator(".progress-row span").InnerTextAsync());
        await Chromium.ShotAsync(r1, "01-worklist-reader");
        var r1S1 = _server.Code("R1", "S1");
        await r1.GotoAsync($"/score/{r1S1}");
        await r1.Locator("#scan-viewer[data-state=ready]").WaitForAsync(); // the image really loaded into the viewer
        // skull … distal left lower limb: 0 2 0 0 0 0 3 1 0 0 0 0 (total 6); then back to the spine with the arrows.
        await ScoreByKeyboardAsync(r1, "020000310000");
        Assert.Equal("6", await r1.Locator("#total").InnerTextAsync());
        for (var i = 0; i < 5; i++) await r1.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("spine", await r1.Locator("#current-segment").InnerTextAsync());
        await r1.Keyboard.PressAsync("4"); // spine 3 → 4: "more than three discrete foci"; the focus moves on to the pelvis
        Assert.Equal("7", await r1.Locator("#total").InnerTextAsync());
        Assert.Equal("pelvis", await r1.Locator("#current-segment").InnerTextAsync());
        await r1.Keyboard.PressAsync("ArrowUp");
        Assert.Contains("more than three discrete foci", await r1.Locator(".definitions .level.active").InnerTextAsync());
        await r1.Keyboard.PressAsync("Tab"); // on to the first score field, then into the comment by keyboard
        await r1.Locator("#comment").FocusAsync();
        await r1.Keyboard.TypeAsync("two rib lesions; spine multifocal");
        await Chromium.ShotAsync(r1, "02-scoring-reader1");
        await r1.Keyboard.PressAsync("Control+Enter");
        await r1.WaitForURLAsync(url => url.Contains($"done={r1S1}", StringComparison.Ordinal));
        Assert.Contains($"Read of scan {r1S1} submitted", await r1.Locator(".notice").InnerTextAsync());

        // Reader 2 opens the same scan: nothing of reader 1 is there.
        var r2 = await SignInAsync("R2");
        var r2S1 = _server.Code("R2", "S1");
        Assert.NotEqual(r1S1, r2S1); // the readers cannot compare notes by code
        await r2.GotoAsync($"/score/{r2S1}");
        var html = await r2.ContentAsync();
        Assert.DoesNotContain("two rib lesions", html);
        Assert.Equal("0", await r2.Locator("#total").InnerTextAsync());
        Assert.Equal("", await r2.Locator("#siopen_spine").InputValueAsync());
        var api = await r2.APIRequest.GetAsync($"/api/scans/{r2S1}/reads");
        Assert.Equal("[]", await api.TextAsync());
        await Chromium.ShotAsync(r2, "03-scoring-reader2-blind");
        // Reader 2 scores with a click on the diagram plus digits: spine differs (2) and the skull (1).
        await ScoreByKeyboardAsync(r2, "120000210000");
        await r2.Keyboard.PressAsync("Control+Enter");
        await r2.WaitForURLAsync(url => url.Contains($"done={r2S1}", StringComparison.Ordinal));

        // The adjudicator sees the queue and both reads side by side, differences highlighted.
        var adj = await SignInAsync("adj");
        Assert.EndsWith("/adjudication", adj.Url);
        await Chromium.ShotAsync(adj, "04-discrepancy-queue");
        var adjS1 = _server.Code("adj", "S1");
        await adj.GotoAsync($"/adjudicate/{adjS1}");
        var differing = await adj.Locator("#compare tr.differing").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.segment)");
        Assert.Equal(["skull", "spine"], differing); // R1 0/4 vs R2 1/2
        Assert.Equal("", await adj.Locator("#siopen_spine").InputValueAsync()); // differing: left to the adjudicator
        Assert.Equal("2", await adj.Locator("#siopen_thoracic_cage").InputValueAsync()); // agreed: filled in
        await adj.Locator("g.segment[data-code='skull']").ClickAsync();
        await adj.Keyboard.PressAsync("0");
        await adj.Locator("g.segment[data-code='spine']").ClickAsync();
        await adj.Keyboard.PressAsync("3");
        Assert.Equal("6", await adj.Locator("#total").InnerTextAsync());
        await adj.Locator("#reason").FillAsync("reviewed together: three discrete spinal lesions, no skull lesion");
        await Chromium.ShotAsync(adj, "05-adjudication");
        await adj.Locator("#submit").ClickAsync();
        await adj.WaitForURLAsync(url => url.Contains($"done={adjS1}", StringComparison.Ordinal));

        // The admin sees the audit trail, intact; the analyst sees the agreement dashboard.
        var admin = await SignInAsync("admin");
        Assert.Contains("Hash chain intact", await admin.Locator("#chain").InnerTextAsync());
        Assert.Contains("consensus", await admin.Locator("table.audit").InnerTextAsync());
        await Chromium.ShotAsync(admin, "06-audit-log");

        // The consensus appears in the storage layer's export.
        await using var store = _server.OpenStore();
        var exportFolder = Path.Combine(_server.Folder, "export");
        StudyExport.ToCsvFolder(await store.LoadAsync(), exportFolder);
        var readsCsv = await File.ReadAllLinesAsync(Path.Combine(exportFolder, "reads.csv"));
        var consensus = readsCsv.Single(l => l.StartsWith("S1,consensus,", StringComparison.Ordinal));
        Assert.Contains(",0,2,0,0,0,0,3,1,0,0,0,0,", consensus);
        Assert.Contains("reviewed together", consensus); // the reason, as the consensus comment
        Assert.Equal(3, readsCsv.Count(l => l.StartsWith("S1,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_agreement_dashboard_shows_ICC_kappa_and_Bland_Altman_from_the_reads()
    {
        var r1 = await _server.SignedInAsync("R1");
        var r2 = await _server.SignedInAsync("R2");
        int[][] a = [[0, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0], [1, 2, 0, 0, 0, 0, 4, 2, 1, 0, 1, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], [2, 3, 1, 0, 1, 0, 5, 3, 2, 1, 2, 1]];
        int[][] b = [[0, 2, 0, 0, 0, 0, 2, 1, 0, 0, 0, 0], [1, 3, 0, 0, 0, 0, 4, 2, 1, 0, 1, 0], [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0], [2, 3, 1, 1, 1, 0, 5, 3, 2, 1, 2, 1]];
        string[] scans = ["S1", "S2", "S3", "S5"];
        for (var i = 0; i < scans.Length; i++)
        {
            await r1.PostAsync(_server.Api("R1", scans[i]), WorkstationServer.Json(WorkstationServer.ReadJson(a[i])));
            await r2.PostAsync(_server.Api("R2", scans[i]), WorkstationServer.Json(WorkstationServer.ReadJson(b[i])));
        }
        var analyst = await SignInAsync("analyst");
        await analyst.GotoAsync("/agreement");
        var icc = await analyst.Locator("#icc").InnerTextAsync();
        Assert.Contains("ICC", icc);
        Assert.Contains("Bland–Altman bias (R1 − R2)", icc);
        // Totals R1 = 6, 11, 0, 21 and R2 = 5, 12, 1, 22: differences 1, −1, −1, −1 → bias −0.5 (hand calculation).
        Assert.Contains("-0.500", icc);
        // R 4.2, psych 2.2.9: ICC(cbind(c(6,11,0,21), c(5,12,1,22)), lmer = FALSE)$results[2, ] → ICC2 0.9938900204,
        // 95% CI 0.9406549785 – 0.9995942344 (shown to 3 decimals).
        Assert.Contains("0.994", icc);
        Assert.Contains("0.941 – 1.000", icc);
        Assert.Equal(12, await analyst.Locator("#segments tbody tr").CountAsync());
        // Thoracic cage R1 (2,2,0,3) vs R2 (2,3,0,3), levels 0:6 — R: cohen.kappa(cbind(a, b), levels = 0:6)$weighted.kappa
        // = 0.9090909091 (quadratic); with w = outer(0:6, 0:6, function(x, y) abs(x - y)): 0.8 (linear).
        var thoracic = await analyst.Locator("#segments tbody tr", new() { HasText = "thoracic cage" }).InnerTextAsync();
        Assert.Contains("0.800", thoracic);
        Assert.Contains("0.909", thoracic);
        Assert.Equal(4, await analyst.Locator("svg.bland circle").CountAsync());
        await Chromium.ShotAsync(analyst, "07-agreement");
    }

    [Fact]
    public async Task A_reader_saves_a_draft_then_finalises_it_and_the_final_read_offers_no_amendment()
    {
        var r2 = await SignInAsync("R2");
        var code = _server.Code("R2", "S2");
        await r2.GotoAsync($"/score/{code}");
        await ScoreByKeyboardAsync(r2, "010000200000");
        await r2.Locator("#save-draft").ClickAsync();
        await r2.WaitForURLAsync(url => !url.Contains($"/score/{code}", StringComparison.Ordinal) || url.Contains("done=", StringComparison.Ordinal));
        await r2.GotoAsync($"/score/{code}");
        Assert.Contains("Your read is a draft", await r2.Locator("#draft-note").InnerTextAsync());
        Assert.True(await r2.Locator("#finalise").IsVisibleAsync());
        await Chromium.ShotAsync(r2, "17-draft-read");
        await r2.Locator("#finalise").ClickAsync();
        await Assertions.Expect(r2.Locator("#final-note")).ToContainTextAsync("you finalised this read");
        Assert.Equal(0, await r2.Locator("#amend-link").CountAsync());
        Assert.Equal(0, await r2.Locator("#finalise").CountAsync());
        await Chromium.ShotAsync(r2, "18-final-read");
        await using var store = _server.OpenStore();
        var mine = (await store.GetStoredReadsAsync("S2")).Single(r => r.Read.Reader == "R2");
        Assert.True(mine.Final);
        Assert.Equal(2, mine.Version);
        Assert.Equal(3, mine.Read.Siopen.Total);
    }
}
