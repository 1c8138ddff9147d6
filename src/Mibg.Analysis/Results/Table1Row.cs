namespace Mibg.Analysis.Results;

/// <summary>
/// One row of Table 1 (patient characteristics): a characteristic (and level), with one cell per column
/// group (<c>eligible</c>, <c>cleared_after_hdc</c>, <c>persistent</c>).
/// </summary>
/// <param name="Characteristic">e.g. "Age at diagnosis, years", "MYCN".</param>
/// <param name="Level">e.g. "amplified"; null for a continuous characteristic.</param>
/// <param name="Statistic"><c>n (%)</c> or <c>median [min–max]</c>.</param>
/// <param name="Cells">One cell per column group.</param>
public sealed record Table1Row(string Characteristic, string? Level, string Statistic, IReadOnlyList<Table1Cell> Cells);

/// <summary>One cell of Table 1.</summary>
/// <param name="Group">Column group code.</param>
/// <param name="Text">Formatted value, e.g. "12 (40.0%)" or "3.1 [1.1–9.8]".</param>
/// <param name="N">Count (n (%) rows) or patients with a value (median rows).</param>
/// <param name="Of">Denominator (patients in the column group).</param>
/// <param name="Patients">The patients counted in <paramref name="N"/>, sorted (traceability).</param>
public sealed record Table1Cell(string Group, string Text, int N, int Of, IReadOnlyList<string> Patients);
