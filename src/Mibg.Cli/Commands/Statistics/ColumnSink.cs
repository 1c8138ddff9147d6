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
            case ColumnKind.Weight when value <= 0:
                throw Problem(column, text, "is not a case weight: weights must be numbers > 0 (write NA to leave the row out)");
        }
        _rowNumbers[c] = value;
    }

    /// <summary>Starts a data row; <paramref name="rowNumber"/> is its row as a spreadsheet shows it, for messages.</summary>
    public void BeginRow(int rowNumber) => _rowNumber = rowNumber;

    /// <summary>
    /// Invariant number parsing. Plain decimals ([-]digits[.digits], as every statistics package writes them) take an
    /// exact fast path: with at most 15 significant digits the digits form an integer m &lt; 2⁵³ and the value is
    /// m / 10ᵏ (k ≤ 22 decimals), both exact doubles, so the one IEEE division is correctly rounded — the same double
    /// as <see cref="double.Parse(string, IFormatProvider)"/> (Clinger 1990, "How to read floating point numbers
    /// accurately"). Anything else (exponents, more digits, signs like '+') goes to <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseNumber(ReadOnlySpan<char> text, out double value)
    {
        var i = 0;
        var negative = text.Length > 0 && text[0] == '-';
        if (negative) i = 1;
        long mantissa = 0;
        var digits = 0;
        var decimals = -1;
        var sawDigit = false;
        for (; i < text.Length; i++)
        {
            var d = text[i] - '0';
            if ((uint)d <= 9)
            {
                sawDigit = true;
                if (mantissa != 0 || d != 0) digits++;
                mantissa = mantissa * 10 + d;
                if (decimals >= 0) decimals++;
                if (digits > 15) break;
                continue;
            }
            if (text[i] == '.' && decimals < 0)
            {
                decimals = 0;
                continue;
            }
            break;
        }
        var plain = i == text.Length && sawDigit && digits <= 15 && decimals <= 22;
        if (plain)
        {
            var magnitude = decimals > 0 ? mantissa / PowersOfTen[decimals] : mantissa;
            value = negative ? -magnitude : magnitude;
            return true;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>10⁰ … 10²², the powers of ten a double holds exactly.</summary>
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

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
