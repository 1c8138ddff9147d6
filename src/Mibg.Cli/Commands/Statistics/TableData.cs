using Mibg.Cli.Infrastructure;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>
/// The used columns of an input table, complete rows only (rows with a missing value in any used column are dropped
/// and counted in <see cref="Dropped"/>, as R's default <c>na.action = na.omit</c>).
/// </summary>
public sealed class TableData
{
    private readonly Dictionary<string, double[]> _numbers;
    private readonly Dictionary<string, string[]> _texts;

    internal TableData(string source, int rows, int dropped, Dictionary<string, double[]> numbers, Dictionary<string, string[]> texts, int[] rowNumbers)
    {
        RowNumbers = rowNumbers;
        Source = source;
        Rows = rows;
        Dropped = dropped;
        _numbers = numbers;
        _texts = texts;
    }

    /// <summary>The file name, for messages.</summary>
    public string Source { get; }

    /// <summary>Complete rows kept.</summary>
    public int Rows { get; }

    /// <summary>Rows dropped because a used column was empty or NA.</summary>
    public int Dropped { get; }

    /// <summary>The file row of each kept row (the header is row 1, as a spreadsheet numbers rows), for messages.</summary>
    public int[] RowNumbers { get; }

    /// <summary>Whether <paramref name="name"/> was read as a Text column.</summary>
    public bool HasTexts(string name) => _texts.ContainsKey(name);

    /// <summary>A Time or Number column.</summary>
    public double[] Numbers(string name) =>
        _numbers.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"Column '{name}' was not read as a number.");

    /// <summary>An Event column as true = event.</summary>
    public bool[] Events(string name)
    {
        var v = Numbers(name);
        var result = new bool[v.Length];
        for (var i = 0; i < v.Length; i++) result[i] = v[i] == 1;
        return result;
    }

    /// <summary>A Text column, values as written (trimmed).</summary>
    public string[] Texts(string name) =>
        _texts.TryGetValue(name, out var v) ? v : throw new InvalidOperationException($"Column '{name}' was not read as text.");

    /// <summary>Throws a <see cref="UserInputException"/> when no complete row is left.</summary>
    internal TableData RequireRows(IReadOnlyList<InputColumn> columns)
    {
        if (Rows > 0) return this;
        var names = string.Join(", ", columns.Select(c => c.Name));
        throw new UserInputException(Dropped == 0
            ? $"{Source}: the table has no data rows."
            : $"{Source}: every one of the {Dropped} rows has a missing value in {names}; nothing to analyse.");
    }
}
