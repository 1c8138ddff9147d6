namespace Mibg.Storage.Reading.Internal;

/// <summary>One row of cell texts as read from a file, before any rule is applied.</summary>
/// <param name="Number">The row as a spreadsheet shows it (header = 1).</param>
/// <param name="Cells">Cell texts, trimmed; null or empty = missing. May be shorter than the header.</param>
internal sealed record RawRow(int Number, string?[] Cells);

/// <summary>A table as read from a CSV file or a sheet: header names and data rows.</summary>
/// <param name="Table">The study table (<c>patients</c>, …).</param>
/// <param name="File">The label diagnostics use: <c>patients.csv</c> or <c>book.xlsx[patients]</c>.</param>
/// <param name="HeaderRow">The row of the header (1 unless blank rows precede it).</param>
/// <param name="Header">The header cells as written (trimmed).</param>
/// <param name="Rows">The data rows, blank rows left out.</param>
internal sealed record RawTable(string Table, string File, int HeaderRow, IReadOnlyList<string?> Header, IReadOnlyList<RawRow> Rows);
