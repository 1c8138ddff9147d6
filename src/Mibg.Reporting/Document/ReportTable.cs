namespace Mibg.Reporting.Document;

/// <summary>
/// A table of the report, written to <c>tables/NAME.csv</c> and shown in the HTML and the PDF. Cells are
/// already-formatted text (invariant culture); the report formats, it does not compute.
/// </summary>
/// <param name="Name">File stem in <c>tables/</c>, e.g. <c>table1</c>.</param>
/// <param name="Title">Title shown above the table.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">Rows, each with one cell per column.</param>
/// <param name="Note">Footnote shown under the table (empty for none).</param>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows, string Note = "")
{
    /// <summary>Columns whose cells are numbers (right-aligned): every non-empty cell starts with a digit, sign or "–".</summary>
    public IReadOnlyList<bool> NumericColumns { get; } = Enumerable.Range(0, Columns.Count)
        .Select(c => Rows.Count > 0 && Rows.All(r => c < r.Count && (r[c].Length == 0 || char.IsDigit(r[c][0]) || r[c][0] is '-' or '–' or '<')))
        .ToList();
}
