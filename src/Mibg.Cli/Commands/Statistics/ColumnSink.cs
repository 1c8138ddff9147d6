using System.Runtime.CompilerServices;
using System.Globalization;
using Mibg.Cli.Infrastructure;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Checks and collects the cells of the used columns, row by row, for <see cref="TableInput"/>.</summary>
internal sealed class ColumnSink
{
    private readonly IReadOnlyList<InputColumn> _columns;
    private readonly List<double>[] _numbers;
    private readonly List<int>[] _codes;
    private readonly List<string>[] _levels;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[] _lookups;
    private readonly double[] _rowNumbers;
    private readonly int[] _rowCodes;
    private readonly List<int> _keptRows = [];
    private bool _rowMissing;
    private int _rowNumber;
    private int _kept;
    private int _dropped;

    public ColumnSink(string source, IReadOnlyList<InputColumn> columns)
    {
        Source = source;
        _columns = columns;
        var k = columns.Count;
        _numbers = new List<double>[k];
        _codes = new List<int>[k];
        _levels = new List<string>[k];
        _lookups = new Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>[k];
        for (var c = 0; c < k; c++)
        {
            _numbers[c] = [];
            _codes[c] = [];
            _levels[c] = [];
            _lookups[c] = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }
        _rowNumbers = new double[k];
        _rowCodes = new int[k];
    }

    public string Source { get; }

    /// <summary>Positions of the used columns in the header; a missing column is an error naming the columns there are.</summary>
    public int[] Resolve(IReadOnlyList<string> header)
    {
        var indices = new int[_columns.Count];
        for (var c = 0; c < _columns.Count; c++)
        {
            indices[c] = -1;
            for (var h = 0; h < header.Count; h++)
                if (string.Equals(header[h].Trim(), _columns[c].Name, StringComparison.Ordinal)) { indices[c] = h; break; }
            if (indices[c] >= 0) continue;
            var near = header.FirstOrDefault(h => string.Equals(h.Trim(), _columns[c].Name, StringComparison.OrdinalIgnoreCase));
            var hint = near is null ? "" : $" (did you mean '{near.Trim()}'? names are case-sensitive)";
            throw new UserInputException(
                $"{Source}: no column '{_columns[c].Name}'{hint}. The columns are: {string.Join(", ", header.Select(h => h.Trim()))}.");
        }
        return indices;
    }

    /// <summary>One cell of the current row, for used column <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    public void Cell(int c, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.SequenceEqual("NA"))
        {
            if (text.IsEmpty && _columns[c].Kind == ColumnKind.Label)
                throw Problem(_columns[c], text, "is empty: every row needs a group (write NA to leave the row out)");
            _rowMissing = true;
            return;
        }
        var column = _columns[c];
        if (column.IsLabel)
        {
            var lookup = _lookups[c];
            if (!lookup.TryGetValue(text, out var code))
            {
                code = _levels[c].Count;
                var label = text.ToString();
                _levels[c].Add(label);
                lookup.Dictionary[label] = code;
            }
            _rowCodes[c] = code;
            return;
        }
        if (!TryParseNumber(text, out var value))
        {
            var hint = text.Contains(',') ? " (use a point as the decimal separator)" : "";
            throw Problem(column, text, $"is not a number{hint}");
        }
        switch (column.Kind)
        {
            case ColumnKind.Time when value < 0:
                throw Problem(column, text, "is a negative time; times are counted from the time origin and must be ≥ 0");
            case ColumnKind.Event when value is not (0 or 1):
                throw Problem(column, text, "must be 1 (event) or 0 (censored)");
            case ColumnKind.Status when value != Math.Floor(value) || Math.Abs(value) > int.MaxValue:
                throw Problem(column, text, "must be a whole number: 0 = censored, 1, 2, … = the cause of failure");
        }
        _rowNumbers[c] = value;
    }

    /// <summary>Starts a data row; <paramref name="rowNumber"/> is its row as a spreadsheet shows it, for messages.</summary>
    public void BeginRow(int rowNumber) => _rowNumber = rowNumber;

    /// <summary>Invariant number parsing with a fast path for plain non-negative integers (days, 0/1 events).</summary>
    private static bool TryParseNumber(ReadOnlySpan<char> text, out double value)
    {
        if (text.Length <= 15)
        {
            long whole = 0;
            var digits = true;
            foreach (var ch in text)
            {
                var d = ch - '0';
                if ((uint)d > 9) { digits = false; break; }
                whole = whole * 10 + d;
            }
            if (digits)
            {
                value = whole;
                return true;
            }
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Ends the current row: keeps it when complete, otherwise counts it as dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    public void EndRow()
    {
        if (_rowMissing)
        {
            _dropped++;
            _rowMissing = false;
            return;
        }
        _kept++;
        _keptRows.Add(_rowNumber);
        for (var c = 0; c < _columns.Count; c++)
            if (_columns[c].IsLabel) _codes[c].Add(_rowCodes[c]);
            else _numbers[c].Add(_rowNumbers[c]);
    }

    public TableData Build()
    {
        var numbers = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var c = 0; c < _columns.Count; c++)
        {
            if (_columns[c].IsLabel)
            {
                var levels = _levels[c];
                texts[_columns[c].Name] = _codes[c].Select(code => levels[code]).ToArray();
            }
            else numbers[_columns[c].Name] = [.. _numbers[c]];
        }
        return new TableData(Source, _kept, _dropped, numbers, texts, [.. _keptRows]);
    }

    private UserInputException Problem(InputColumn column, ReadOnlySpan<char> text, string what) =>
        new($"{Source}, row {_rowNumber}, column '{column.Name}': '{text.ToString()}' {what}.");
}
