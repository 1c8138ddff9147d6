namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>Bad tables give exit 1 and one message naming the file, row, column and value — never a stack trace.</summary>
public sealed class TableInputErrorTests
{
    private static CliRun Km(string csv) =>
        CliRunner.Run("km", StatisticsFiles.Scratch(csv), "--time", "time", "--event", "status", "--json");

    [Fact]
    public void Missing_column_names_the_columns_that_exist()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Scratch("futime,status\n1,1\n"), "--time", "time", "--event", "status");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no column 'time'", run.StdErr);
        Assert.Contains("The columns are: futime, status", run.StdErr);
    }

    [Fact]
    public void Column_names_are_case_sensitive_with_a_hint()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Scratch("Time,status\n1,1\n"), "--time", "time", "--event", "status");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did you mean 'Time'", run.StdErr);
    }

    [Fact]
    public void Non_numeric_time_names_file_row_and_value()
    {
        var run = Km("time,status\n1,1\n2,0\nabc,1\n");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"mibg-stats-\w+\.csv, row 4, column 'time': 'abc' is not a number", run.StdErr);
        Assert.DoesNotContain("   at ", run.StdErr);
        Assert.Equal("", run.StdOut);
    }

    [Fact]
    public void Decimal_comma_gets_a_hint()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Scratch("time;status\n\"0,5\";1\n"), "--time", "time", "--event", "status");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("use a point as the decimal separator", run.StdErr);
    }

    [Fact]
    public void Event_other_than_0_or_1_is_refused()
    {
        var run = Km("time,status\n1,1\n2,2\n");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 3, column 'status': '2' must be 1 (event) or 0 (censored)", run.StdErr);
    }

    [Fact]
    public void Negative_time_is_refused()
    {
        var run = Km("time,status\n-1,1\n");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("row 2, column 'time': '-1' is a negative time", run.StdErr);
    }

    [Fact]
    public void Empty_table_is_named()
    {
        var run = Km("time,status\n");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the table has no data rows", run.StdErr);
    }

    [Fact]
    public void Table_where_every_row_has_a_missing_value_is_named()
    {
        var run = Km("time,status\n1,NA\n,1\n");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("every one of the 2 rows has a missing value in time, status", run.StdErr);
    }

    [Fact]
    public void Blank_lines_are_skipped_not_dropped_and_rows_keep_their_numbers()
    {
        // R's read.csv skips blank lines (blank.lines.skip = TRUE); NA rows are dropped and counted.
        var ok = Km("time,status\n1,1\n\n2,0\n3,NA\n\n");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("\"dropped\": 1", ok.StdOut);
        var bad = Km("time,status\n1,1\n\nx,0\n");
        Assert.Contains("row 4, column 'time': 'x' is not a number", bad.StdErr);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        var run = CliRunner.Run("km", "/nonexistent/table.csv", "--time", "time", "--event", "status");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/nonexistent/table.csv: no such file", run.StdErr);
    }

    [Fact]
    public void Missing_time_option_is_a_usage_error()
    {
        var run = CliRunner.Run("km", StatisticsFiles.Scratch("time,status\n1,1\n"), "--event", "status");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--time", run.StdErr);
    }
}
