using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>
/// The header of a table matched against the data dictionary: names case-insensitive, duplicates and empty
/// names refused, unknown columns kept (as extra attributes) and reported once as a warning.
/// </summary>
internal sealed class TableColumns
{
    private readonly Dictionary<string, int> _known = new(StringComparer.Ordinal);

    /// <summary>Unknown columns: (index in the row, name as written).</summary>
    public List<(int Index, string Name)> Extra { get; } = [];

    /// <summary>The diagnostic column name of each cell index (known: dictionary spelling; extra: as written).</summary>
    public string?[] NameOf { get; private set; } = [];

    /// <summary>Whether the known column is in the header.</summary>
    public bool Has(string column) => _known.ContainsKey(column);

    /// <summary>The cell index of a known column, or -1.</summary>
    public int IndexOf(string column) => _known.TryGetValue(column, out var i) ? i : -1;

    public static TableColumns Match(RawTable table, DiagnosticBag diagnostics)
    {
        var columns = new TableColumns();
        var accepted = StudyColumns.AcceptedOn(table.Table);
        var names = new string?[table.Header.Count];
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var written = table.Header[i]?.Trim();
            if (string.IsNullOrEmpty(written))
            {
                if (table.Rows.Any(r => i < r.Cells.Length && !string.IsNullOrEmpty(r.Cells[i])))
                    diagnostics.Error(table.File, table.HeaderRow, $"column {i + 1}", DiagnosticCodes.EmptyHeader,
                        $"column {i + 1} holds values but has no name in the header row; name it or delete it");
                continue;
            }
            if (written.Length > StudyReadOptions.MaxCellLength)
            {
                diagnostics.Error(table.File, table.HeaderRow, $"column {i + 1}", DiagnosticCodes.CellTooLong,
                    $"the header cell holds {written.Length:N0} characters; a column name must be short");
                continue;
            }
            var lower = written.ToLowerInvariant();
            if (seen.TryGetValue(lower, out var firstWritten))
            {
                diagnostics.Error(table.File, table.HeaderRow, accepted.Contains(lower) ? lower : written, DiagnosticCodes.DuplicateHeader,
                    $"column '{written}' appears twice (names are case-insensitive; the first is '{firstWritten}'); delete or rename one");
                continue;
            }
            seen[lower] = written;
            if (accepted.Contains(lower))
            {
                columns._known[lower] = i;
                names[i] = lower;
            }
            else
            {
                columns.Extra.Add((i, written));
                names[i] = written;
                var guess = Guess(lower, accepted);
                diagnostics.Warning(table.File, table.HeaderRow, written, DiagnosticCodes.UnknownColumn,
                    guess is null
                        ? $"'{written}' is not a column of {table.Table} in the data dictionary; it is kept as an extra attribute"
                        : $"'{written}' is not a column of {table.Table}; did you mean '{guess}'? It is kept as an extra attribute");
            }
        }
        columns.NameOf = names;
        CheckCellLengths(table, names, diagnostics);
        return columns;
    }

    /// <summary>A known column a misspelt name probably means (spaces, hyphens or dots for underscores).</summary>
    private static string? Guess(string lower, IReadOnlyList<string> accepted)
    {
        var normalized = new string(lower.Select(c => c is ' ' or '-' or '.' ? '_' : c).ToArray());
        return accepted.FirstOrDefault(a => a == normalized || a.Replace("_", "", StringComparison.Ordinal) == normalized.Replace("_", "", StringComparison.Ordinal));
    }

    private static void CheckCellLengths(RawTable table, string?[] names, DiagnosticBag diagnostics)
    {
        foreach (var row in table.Rows)
            for (var c = 0; c < row.Cells.Length; c++)
                if (row.Cells[c] is { Length: > StudyReadOptions.MaxCellLength } cell)
                {
                    diagnostics.Error(table.File, row.Number, c < names.Length ? names[c] : null, DiagnosticCodes.CellTooLong,
                        $"the cell holds {cell.Length:N0} characters, more than a spreadsheet cell can ({StudyReadOptions.MaxCellLength:N0}); is a closing quote missing, or was a file pasted into it?");
                    row.Cells[c] = cell[..StudyReadOptions.MaxCellLength];
                }
    }

    /// <summary>Reports each required column missing from the header.</summary>
    public void RequireColumns(RawTable table, IEnumerable<string> required, DiagnosticBag diagnostics)
    {
        foreach (var column in required)
            if (!Has(column))
                diagnostics.Error(table.File, table.HeaderRow, column, DiagnosticCodes.MissingColumn,
                    $"required column {column} is missing from the header row");
    }
}
