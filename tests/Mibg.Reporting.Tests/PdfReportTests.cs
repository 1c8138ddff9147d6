using Mibg.Analysis.Results;
using Mibg.Core.Plan;
using System.Globalization;
using Mibg.Reporting.Tests.Fixtures;
using UglyToad.PdfPig;

namespace Mibg.Reporting.Tests;

public class PdfReportTests
{
    private static string Text()
    {
        using var pdf = PdfDocument.Open(WrittenReport.Get().Pdf!);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public void Pdf_read_back_holds_the_key_numbers()
    {
        var text = Text();
        var r = FixtureStudy.Results;
        // Fixture design (FixtureStudy): 54 patients, 6 excluded (one per step), 48 eligible, 16 persistent (16/48 = 33.3%),
        // 32 cleared, persistent groups 3 / 3 / 10 (4 persistent response + 6 progression after treatment).
        Assert.Contains("54", text);
        Assert.Contains("n = 48", text);
        Assert.Contains("n = 16", text);
        Assert.Contains("n = 32", text);
        Assert.Contains("16 (33.3%)", text);
        Assert.Contains("n = 10", text);
        // The relapse headline is over progression_after_treatment: the 6 built to progress after treatment.
        Assert.Contains($"{r.RelapseSites.AtPriorSkeletalSites} / 6", text);
        // The log-rank p printed as the results hold it (rendering check, not a computation).
        var efs = r.Survival.First(s => s is { Endpoint: SurvivalEndpoint.Efs, Comparison: SurvivalComparisonKind.PersistentVsCleared });
        Assert.Contains("Log-rank " + Mibg.Reporting.Drawing.PValueText.Format(efs.Logrank!.P), text);
        // Reproducibility stamp: the study checksum in full.
        Assert.Contains(r.Reproducibility.StudySha256, text);
        Assert.Contains("Number at risk", text);
        Assert.Contains("Table 1.", text);
    }

    [Fact]
    public void Every_line_of_a_headline_card_is_printed()
    {
        // The log-rank card's label runs over three lines at this width (it carries the p under each single reader);
        // the PDF once printed two and cut the reader range, so a PDF reader saw only the consensus p.
        var text = Text();
        Assert.Contains("with one reader's reads instead", text, StringComparison.Ordinal); // third line
        Assert.Contains("of the consensus: p =", text, StringComparison.Ordinal); // fourth line
    }

    [Fact]
    public void Table_text_can_be_searched_and_copied_as_words()
    {
        // Glyph advances rounded by hinting made the PDF place each glyph apart, so text extraction read table cells
        // as "m edian [m in– m ax]" and "SIO PEN": a reviewer searching the PDF for "SIOPEN" missed them.
        var text = Text();
        Assert.Contains("median [min–max]", text, StringComparison.Ordinal);
        Assert.Contains("n (% of known)", text, StringComparison.Ordinal);
        Assert.Contains("SIOPEN total at diagnosis", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SIO PEN", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_is_a4_with_numbered_pages()
    {
        using var pdf = PdfDocument.Open(WrittenReport.Get().Pdf!);
        Assert.True(pdf.NumberOfPages >= 8);
        foreach (var page in pdf.GetPages())
        {
            // A4 = 595.28 × 841.89 pt (ISO 216); Skia's PDF writer rounds the media box to about 0.1 pt.
            Assert.InRange(page.Width, 594.8, 595.8);
            Assert.InRange(page.Height, 841.4, 842.4);
            Assert.Contains("page " + page.Number.ToString(CultureInfo.InvariantCulture), string.Join(" ", page.GetWords().Select(w => w.Text)));
        }
    }
}
