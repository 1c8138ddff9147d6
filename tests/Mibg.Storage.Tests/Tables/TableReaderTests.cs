using Mibg.Storage.Tables;

namespace Mibg.Storage.Tests.Tables;

/// <summary>The one table layer itself: header, row numbers, trimming and blank rows, CSV and xlsx alike.</summary>
public sealed class TableReaderTests
{
    private static string Csv(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mibg-table-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private static List<(int Row, string[] Cells)> All(TableReader reader)
    {
        var rows = new List<(int, string[])>();
        while (reader.MoveNext())
            rows.Add((reader.RowNumber, [.. Enumerable.Range(0, reader.ColumnCount).Select(c => reader[c].ToString())]));
        return rows;
    }

    [Fact]
    public void Blank_rows_before_the_header_and_between_rows_keep_spreadsheet_numbers()
    {
        using var reader = TableReader.Open(Csv("\n,,\ntime, status ,group\n1,1, a \n,,\n\n2,0,\" b \"\n"));
        Assert.Equal(["time", "status", "group"], reader.Header);
        Assert.Equal(3, reader.HeaderRow);
        // Unquoted cells are trimmed, quoted cells kept as written; rows of empty cells are skipped.
        Assert.Equal([(4, ["1", "1", "a"]), (7, ["2", "0", " b "])], All(reader).Select(r => (r.Row, r.Cells)));
    }

    [Theory]
    [InlineData("time;status\n1;1\n")]
    [InlineData("time\tstatus\n1\t1\n")]
    [InlineData("time,status\n1,1\n")]
    public void The_separator_is_detected_from_the_header(string text)
    {
        using var reader = TableReader.Open(Csv(text));
        Assert.Equal(["time", "status"], reader.Header);
        Assert.Equal([(2, ["1", "1"])], All(reader).Select(r => (r.Row, r.Cells)));
    }

    [Fact]
    public void Commas_only_refuses_a_semicolon_file_naming_the_header_row()
    {
        var e = Assert.Throws<TableFileException>(() => TableReader.Open(Csv("time;status\n1;1\n"), TableReadOptions.StudyFile));
        Assert.Equal((1, "SEMICOLON_SEPARATED"), (e.Problems[0].Row!.Value, e.Problems[0].Code));
    }

    [Fact]
    public void An_empty_file_is_a_problem_not_an_empty_table()
    {
        var e = Assert.Throws<TableFileException>(() => TableReader.Open(Csv(" \n\n")));
        Assert.Equal("EMPTY_FILE", e.Problems[0].Code);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_a_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mibg-table-{Guid.NewGuid():N}.xlsx");
        File.WriteAllText(path, "time,status\n1,1\n");
        var e = Assert.Throws<TableFileException>(() => TableReader.Open(path));
        Assert.Equal("NOT_XLSX", e.Problems[0].Code);
    }
}
