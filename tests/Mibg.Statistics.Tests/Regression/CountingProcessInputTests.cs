using Mibg.Statistics.Regression;

namespace Mibg.Statistics.Tests.Regression;

/// <summary>Counting-process input: bad intervals and overlapping rows of a subject get a message naming the rows.</summary>
public sealed class CountingProcessInputTests
{
    private static readonly CoxCovariate Z = CoxCovariate.Numeric("z", [0, 1, 0, 1, 0]);
    private static readonly double[] Event = [0, 1, 1, 1, 0];

    [Fact]
    public void Overlapping_rows_of_a_subject_are_named()
    {
        // A's second row starts at 1.5, inside its first row (0, 2].
        var input = CoxInput.CountingProcess([0, 1.5, 0, 0, 3.5], [2, 6, 3, 4, 7], Event, [Z], ["A", "A", "B", "C", "D"]);
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(input));
        Assert.Contains("subject 'A': data row 1 (0, 2] and data row 2 (1.5, 6] overlap", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlap_messages_use_the_callers_row_numbers()
    {
        // Rows listed out of time order, numbered as a spreadsheet would (header = row 1).
        var input = CoxInput.CountingProcess([0, 0, 0, 2, 3.5], [3, 4, 6, 5, 7], Event, [Z], ["B", "C", "A", "A", "D"])
            with { RowNumbers = [2, 3, 4, 5, 6] };
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(input));
        Assert.Contains("subject 'A': row 4 (0, 6] and row 5 (2, 5] overlap", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Touching_rows_and_gaps_are_accepted()
    {
        // A: (0, 2] then (2, 6] touch; D: (0, 1] then a gap then (3.5, 7].
        var input = CoxInput.CountingProcess([0, 2, 0, 0, 0, 3.5], [2, 6, 3, 4, 1, 7], [0, 1, 1, 1, 0, 0],
            [CoxCovariate.Numeric("z", [0, 1, 0, 1, 0, 0])], ["A", "A", "B", "C", "D", "D"]);
        Assert.Equal(6, CoxRegression.Fit(input).N);
    }

    [Theory]
    [InlineData(6.0, "start: value 6 in data row 2 is not before its stop time 6")]
    [InlineData(7.0, "start: value 7 in data row 2 is not before its stop time 6")]
    public void A_start_not_before_its_stop_names_the_row(double start, string expected)
    {
        var input = CoxInput.CountingProcess([0, start, 0, 0, 3.5], [2, 6, 3, 4, 7], Event, [Z], ["A", "A", "B", "C", "D"]);
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(input));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_start_or_subject_drops_the_row()
    {
        var input = CoxInput.CountingProcess([0, 2, 0, double.NaN, 3.5, 0], [2, 6, 3, 4, 7, 5], [0, 1, 1, 1, 0, 1],
            [CoxCovariate.Numeric("z", [0, 1, 0, 1, 0, 1])], ["A", "A", "B", "C", "D", null]);
        var fit = CoxRegression.Fit(input);
        Assert.Equal((4, 2), (fit.N, fit.Dropped));
    }

    [Fact]
    public void Start_and_subject_columns_of_the_wrong_length_are_refused()
    {
        var input = CoxInput.CountingProcess([0, 2], [2, 6, 3, 4, 7], Event, [Z]);
        var e = Assert.Throws<ArgumentException>(() => CoxRegression.Fit(input));
        Assert.Contains("start has 2 values but time has 5", e.Message, StringComparison.Ordinal);
    }
}
