using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Mibg.Storage;
using Mibg.Web.Blinding;
using Mibg.Web.Tests.Infrastructure;

namespace Mibg.Web.Tests.Browser;

/// <summary>
/// In real Chromium: what a blinded reader's worklist shows (and never shows), and an adjudication session done
/// with the keyboard: digits jump between the differing segments only, identical reads are accepted with Enter.
/// </summary>
public sealed partial class BlindedReadingTests : IAsyncLifetime
{
    private const int ExtraScans = 20; // 26 scans: two readers' orders coincide with odds 1 in 26!
    private WorkstationServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _server = await WorkstationServer.StartAsync(study: DemoStudy.Create(extraScans: ExtraScans));
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

    private static Task<string[]> CodesOnPage(IPage page) =>
        page.Locator("table.list tbody td.code").EvaluateAllAsync<string[]>("cells => cells.map(c => c.textContent.trim())");

    [GeneratedRegex(@"\b(?:S\d|X\d{3}|P\d)\b|\d{4}-\d{2}-\d{2}|diagnosis|post.hdc|progression|follow.up|end.of.treatment|DROP TABLE")]
    private static partial Regex StudyIdentifiers();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>A study identifier anywhere in the page (text, links, attributes), leaving out the random antiforgery token.</summary>
    private static string? LeakIn(string html)
    {
        var m = StudyIdentifiers().Match(AntiforgeryToken().Replace(html, ""));
        return m.Success ? m.Value : null;
    }

    [Fact]
    public async Task A_readers_worklist_shows_only_their_own_codes_in_their_own_stable_random_order()
    {
        var r1 = await SignInAsync("R1");
        Assert.EndsWith("/worklist", r1.Url);
        var codes1 = await CodesOnPage(r1);
        Assert.Equal(6 + ExtraScans, codes1.Length);
        Assert.All(codes1, c => Assert.True(ScanCodes.IsWellFormed(c), c));
        // The page holds no scan id, patient id, date or time point — neither shown nor in links or attributes.
        var html = await r1.ContentAsync();
        Assert.Null(LeakIn(html));
        await Chromium.ShotAsync(r1, "11-blinded-worklist-R1");

        // The order is the reader's own, not the study's, and the same at the next visit.
        var studyOrder = DemoStudy.Create(extraScans: ExtraScans).Scans.Select(s => _server.Code("R1", s.ScanId)).ToArray();
        Assert.Equal(studyOrder.Order(StringComparer.Ordinal), codes1.Order(StringComparer.Ordinal));
        Assert.NotEqual(studyOrder, codes1);
        await r1.ReloadAsync();
        Assert.Equal(codes1, await CodesOnPage(r1));

        // R2 sees other codes for the same scans, in another order.
        var r2 = await SignInAsync("R2");
        var codes2 = await CodesOnPage(r2);
        Assert.Empty(codes1.Intersect(codes2));
        var r2InR1Terms = codes2.Select(c => DemoStudy.Create(extraScans: ExtraScans).Scans.Single(s => _server.Code("R2", s.ScanId) == c).ScanId)
            .Select(id => _server.Code("R1", id)).ToArray();
        Assert.NotEqual(codes1, r2InR1Terms);
        await Chromium.ShotAsync(r2, "12-blinded-worklist-R2");

        // Opening a scan: the code in the title, nothing of the patient; R2's code is no way into R1's worklist.
        await r1.Locator("table.list tbody tr").First.Locator("a").ClickAsync();
        Assert.Equal($"Scan {codes1[0]}", await r1.Locator("h1").InnerTextAsync());
        var scorePage = await r1.ContentAsync();
        Assert.Null(LeakIn(scorePage));
        await Chromium.ShotAsync(r1, "13-blinded-score-page");
        var foreign = await r1.APIRequest.GetAsync($"/score/{codes2[0]}");
        Assert.Equal((int)HttpStatusCode.NotFound, foreign.Status);
    }

    [Fact]
    public async Task The_adjudicator_jumps_between_differing_segments_and_accepts_identical_reads_with_one_key()
    {
        var r1 = await _server.SignedInAsync("R1");
        var r2 = await _server.SignedInAsync("R2");
        // S2: R1 and R2 differ on the skull (0/1), the spine (3/1) and the pelvis (1/2); S1: identical reads.
        int[] a = [0, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0], b = [1, 2, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0], same = [0, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0];
        await r1.PostAsync(_server.Api("R1", "S2"), WorkstationServer.Json(WorkstationServer.ReadJson(a)));
        await r2.PostAsync(_server.Api("R2", "S2"), WorkstationServer.Json(WorkstationServer.ReadJson(b)));
        await r1.PostAsync(_server.Api("R1", "S1"), WorkstationServer.Json(WorkstationServer.ReadJson(same, comment: "one rib")));
        await r2.PostAsync(_server.Api("R2", "S1"), WorkstationServer.Json(WorkstationServer.ReadJson(same, comment: "rib")));

        var adj = await SignInAsync("adj");
        Assert.EndsWith("/adjudication", adj.Url);
        var queue = await adj.Locator("#queue tbody").InnerTextAsync();
        Assert.Contains(_server.Code("adj", "S2"), queue);
        Assert.Contains("Accept agreed read", queue);
        Assert.Null(LeakIn(await adj.ContentAsync()));
        await Chromium.ShotAsync(adj, "14-adjudication-queue");

        // S2: the focus starts on the first differing segment; each digit moves on to the next differing one.
        var s2 = _server.Code("adj", "S2");
        await adj.Locator("#queue a", new() { HasText = "Resolve" }).ClickAsync();
        Assert.EndsWith($"/adjudicate/{s2}", adj.Url);
        await Assertions.Expect(adj.Locator("#body-diagram")).ToBeFocusedAsync(); // (no string predicate: the CSP forbids eval)
        await Assertions.Expect(adj.Locator("#current-segment")).ToHaveTextAsync("skull");
        await adj.Keyboard.PressAsync("1");
        await Assertions.Expect(adj.Locator("#current-segment")).ToHaveTextAsync("spine"); // thoracic cage … skipped: agreed
        await adj.Keyboard.PressAsync("2");
        await Assertions.Expect(adj.Locator("#current-segment")).ToHaveTextAsync("pelvis");
        await adj.Keyboard.PressAsync("2");
        Assert.Equal("1", await adj.Locator("#siopen_skull").InputValueAsync());
        Assert.Equal("2", await adj.Locator("#siopen_thoracic_cage").InputValueAsync()); // agreed, untouched
        Assert.Equal("2", await adj.Locator("#siopen_spine").InputValueAsync());
        Assert.Equal("2", await adj.Locator("#siopen_pelvis").InputValueAsync());
        await Assertions.Expect(adj.Locator("#total")).ToHaveTextAsync("7"); // 1 + 2 + 2 + 2
        await adj.Locator("#reason").FillAsync("reviewed both views together");
        await Chromium.ShotAsync(adj, "15-adjudication-differing-segments");
        await adj.Keyboard.PressAsync("Control+Enter");
        await adj.WaitForURLAsync(url => url.Contains($"done={s2}", StringComparison.Ordinal));

        // S1: identical reads — one key (Enter) records them as the consensus.
        var s1 = _server.Code("adj", "S1");
        await adj.Locator("#queue a", new() { HasText = "Accept agreed read" }).ClickAsync();
        Assert.EndsWith($"/adjudicate/{s1}", adj.Url);
        // The button takes the focus as the page loads (autofocus): wait for it, then one key.
        await Assertions.Expect(adj.Locator("#accept-agreed")).ToBeFocusedAsync();
        await Chromium.ShotAsync(adj, "16-adjudication-agreed-one-key");
        await adj.Keyboard.PressAsync("Enter");
        await adj.WaitForURLAsync(url => url.Contains($"done={s1}", StringComparison.Ordinal));
        await Assertions.Expect(adj.Locator("#queue tbody tr")).ToHaveCountAsync(0);

        await using var store = _server.OpenStore();
        var c1 = (await store.GetReadsAsync("S1")).Single(r => r.IsConsensus);
        Assert.Equal(same, c1.Siopen.Values);
        var c2 = (await store.GetReadsAsync("S2")).Single(r => r.IsConsensus);
        Assert.Equal([1, 2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0], c2.Siopen.Values);
    }
}
