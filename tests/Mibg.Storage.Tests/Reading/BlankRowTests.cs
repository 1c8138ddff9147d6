using Mibg.Storage.Reading;

namespace Mibg.Storage.Tests.Reading;

/// <summary>Blank rows are skipped but still counted, so a row number is the one the spreadsheet shows.</summary>
public class BlankRowTests
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public void A_blank_row_does_not_shift_the_row_numbers_after_it(string kind)
    {
        using var folder = new TempFolder();
        var study = new TestStudy();
        var reads = study.Tables["reads"];
        reads.Insert(2, [.. new object?[reads[0].Count]]);  // spreadsheet row 3 is now blank
        study.Set("reads", 5, "siopen_spine", "9");          // old row 4, now row 5
        var r = StudyReader.Read(study.Write(kind, folder), new StudyReadOptions { Today = TestStudy.Today });
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal((TestStudy.Label(kind, "reads"), (int?)5, (string?)"siopen_spine", "SCORE_RANGE"), (d.File, d.Row, d.Column, d.Code));
    }
}
