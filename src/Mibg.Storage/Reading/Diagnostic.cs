using System.Text;

namespace Mibg.Storage.Reading;

/// <summary>How serious a diagnostic is: errors stop an import, warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The study cannot be imported until this is fixed.</summary>
    Error,
    /// <summary>Worth a look; the study can still be imported.</summary>
    Warning,
}

/// <summary>
/// One problem found in a study, printed as <c>file:row:column: severity code: message</c>
/// (design/data-dictionary.md), e.g. <c>reads.csv:14:siopen_spine: error SCORE_RANGE: 7 is outside 0..6</c>.
/// </summary>
/// <param name="File">The CSV file name (<c>reads.csv</c>) or, for a workbook, <c>book.xlsx[sheet]</c>.</param>
/// <param name="Row">The row as a spreadsheet shows it (header = 1, first data row = 2); null for a whole-file problem.</param>
/// <param name="Column">The column name as the data dictionary spells it; null for a whole-row or whole-file problem.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">Stable UPPER_SNAKE code (<see cref="DiagnosticCodes"/>), for scripts and documentation.</param>
/// <param name="Message">What is wrong and, where possible, how to fix it.</param>
public sealed record Diagnostic(string File, int? Row, string? Column, DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>Whether this diagnostic stops an import.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// <c>file:row:column: severity code: message</c>. A whole-file problem leaves out row and column
    /// (<c>events.csv: error MISSING_FILE: …</c>); a whole-row problem leaves out the column.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Row is { } row)
        {
            text.Append(':').Append(row);
            if (Column is not null) text.Append(':').Append(Column);
        }
        text.Append(": ").Append(Severity == DiagnosticSeverity.Error ? "error" : "warning")
            .Append(' ').Append(Code).Append(": ").Append(Message);
        return text.ToString();
    }
}
