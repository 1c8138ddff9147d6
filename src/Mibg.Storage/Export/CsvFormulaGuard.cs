namespace Mibg.Storage.Export;

/// <summary>
/// Keeps a spreadsheet from running study text as a formula (CSV injection, docs/security.md "Export"): a CSV cell
/// that would start with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (after any apostrophes) is written with one more
/// leading apostrophe, which spreadsheets show as text; reading a CSV study removes exactly one such apostrophe. The
/// two are inverse for every text, so an export reads back to the same study: <c>=HYPERLINK(…)</c> ↔
/// <c>'=HYPERLINK(…)</c>, and a real <c>'=x</c> ↔ <c>''=x</c>.
/// </summary>
public static class CsvFormulaGuard
{
    /// <summary>The characters that make a spreadsheet treat a cell as a formula.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@'];

    /// <summary>The cell as written to a CSV file.</summary>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return StartsLikeFormula(cell) ? "'" + cell : cell;
    }

    /// <summary>The cell as read from a CSV file (inverse of <see cref="Neutralise"/>).</summary>
    public static string Restore(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == '\'' && StartsLikeFormula(cell[1..]) ? cell[1..] : cell;
    }

    private static bool StartsLikeFormula(string cell)
    {
        var i = 0;
        while (i < cell.Length && cell[i] == '\'') i++;
        return i < cell.Length && FormulaStarts.Contains(cell[i]);
    }
}
