using System.Text;

namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>
/// The statistics commands read tables through the same layer as the study reader (Mibg.Storage.Tables), so they get
/// the same encoding and quoting rules: a BOM and CRLF are fine, UTF-16, Windows-1252 bytes and an unclosed quote are
/// refused naming the row — where a lenient reader would have turned "é" into "�" and made a new group of it.
/// </summary>
public sealed class TableEncodingTests
{
    private static string Scratch(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mibg-stats-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static CliRun Km(string path, params string[] extra) =>
        CliRunner.Run(["km", path, "--time", "time", "--event", "status", .. extra, "--json"]);

    [Fact]
    public void A_BOM_and_CRLF_line_ends_are_accepted()
    {
        var run = Km(Scratch([.. "\uFEFF"u8, .. "time,status,group\r\n1,1,a\r\n2,0,b\r\n3,1,a\r\n"u8]), "--group", "group");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"name\": \"a\"", run.StdOut);
    }

    [Fact]
    public void Windows_1252_bytes_name_the_row()
    {
        // "Hôpital" saved by an older Excel: 0xF4 is not UTF-8.
        var run = Km(Scratch([.. "time,status,site\n1,1,Paris\n2,0,H"u8, 0xF4, .. "pital\n"u8]), "--group", "site");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 3: byte 0xF4 is not UTF-8", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void A_UTF16_file_is_refused_with_the_fix()
    {
        var run = Km(Scratch([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("time,status\n1,1\n")]));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the file is UTF-16", run.StdErr);
    }

    [Fact]
    public void An_unclosed_quote_names_the_row_where_it_opens()
    {
        var run = Km(Scratch("time,status,group\n1,1,a\n2,0,\"b\n3,1,a\n"u8.ToArray()), "--group", "group");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 3: a quoted field opened on this row is never closed", run.StdErr);
    }

    [Fact]
    public void Semicolons_are_detected_and_quoted_line_breaks_keep_row_numbers()
    {
        // The quoted note spans two lines but is one spreadsheet row (row 3), so the bad time is on row 4.
        var run = Km(Scratch("note;time;status\nx;1;1\n\"two\nlines\";2;0\ny;abc;1\n"u8.ToArray()));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 4, column 'time': 'abc' is not a number", run.StdErr);
    }
}
