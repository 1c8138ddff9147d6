using System.Globalization;
using System.Text.RegularExpressions;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal;

/// <summary>
/// Reads typed values from one row, reporting each bad cell as a diagnostic at (file, row, column). A getter
/// returns null both for an empty cell and a bad one; <see cref="HasErrors"/> says whether the row had any error.
/// </summary>
internal sealed partial class RowReader(RawTable table, TableColumns columns, RawRow row, DiagnosticBag diagnostics, DateOnly today)
{
    public int Number => row.Number;

    public bool HasErrors { get; private set; }

    /// <summary>
    /// The required <c>patient_id</c> of a row of a table that refers to patients (scans, events, radiotherapy,
    /// assessments): an error UNKNOWN_PATIENT when it is not in the patients table (<paramref name="known"/>;
    /// null when the patients table itself could not be read).
    /// </summary>
    public string? PatientId(HashSet<string>? known)
    {
        var patientId = Text("patient_id", required: true);
        if (patientId is not null && known is not null && !known.Contains(patientId))
            Error("patient_id", DiagnosticCodes.UnknownPatient, $"patient {patientId} is not in the patients table");
        return patientId;
    }

    public void Error(string column, string code, string message)
    {
        HasErrors = true;
        diagnostics.Error(table.File, row.Number, column, code, message);
    }

    public void Warning(string column, string code, string message) =>
        diagnostics.Warning(table.File, row.Number, column, code, message);

    /// <summary>The trimmed text of a known column; null when empty or the column is absent.</summary>
    public string? Raw(string column)
    {
        var i = columns.IndexOf(column);
        if (i < 0 || i >= row.Cells.Length) return null;
        var value = row.Cells[i]?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Free text (trimmed, as every cell).</summary>
    public string? Text(string column, bool required = false) => Required(column, Raw(column), required);

    /// <summary>A value of a fixed list (exact spelling).</summary>
    public string? Code(string column, IReadOnlyList<string> allowed, bool required = false)
    {
        var value = Required(column, Raw(column), required);
        if (value is null || allowed.Contains(value)) return value;
        var hint = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase)) is { } near
            ? $"; write it as '{near}'" : "";
        Error(column, DiagnosticCodes.BadCode, $"'{value}' is not one of {string.Join(", ", allowed)}{hint}");
        return null;
    }

    /// <summary>An ISO date, not after today.</summary>
    public DateOnly? Date(string column, bool required = false)
    {
        var value = Required(column, Raw(column), required);
        if (value is null) return null;
        if (StudyRowValues.ParseDate(value) is not { } date)
        {
            Error(column, DiagnosticCodes.BadDate, DateProblem(value));
            return null;
        }
        if (date > today)
        {
            Error(column, DiagnosticCodes.FutureDate, $"{value} is in the future (today is {StudyRowValues.FormatDate(today)})");
            return null;
        }
        return date;
    }

    /// <summary>A whole number within <paramref name="min"/>..<paramref name="max"/> (range errors: <paramref name="rangeCode"/>).</summary>
    public int? Integer(string column, int min, int max, string rangeCode, bool required = false)
    {
        var value = Required(column, Raw(column), required);
        if (value is null) return null;
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            var hint = value.Contains(',', StringComparison.Ordinal) ? " (a decimal comma? scores and counts are whole numbers)" : "";
            Error(column, DiagnosticCodes.BadInteger, $"'{value}' is not a whole number{hint}");
            return null;
        }
        if (number < min || number > max)
        {
            Error(column, rangeCode, rangeCode == DiagnosticCodes.NegativeValue
                ? $"{number} is negative; it must be 0 or more"
                : $"{number} is outside {min}..{max}");
            return null;
        }
        return number;
    }

    /// <summary>
    /// A decimal number (invariant: a point, not a comma) within <paramref name="min"/>..<paramref name="max"/>;
    /// <paramref name="minExclusive"/> makes the lower bound strict (e.g. a dose above 0).
    /// </summary>
    public double? Decimal(string column, double min, double max, string unit, bool minExclusive = false, bool required = false)
    {
        var value = Required(column, Raw(column), required);
        if (value is null) return null;
        if (!double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            || !double.IsFinite(number))
        {
            var hint = value.Contains(',', StringComparison.Ordinal) ? " (a decimal comma? write 21.6, not 21,6)" : "";
            Error(column, DiagnosticCodes.BadNumber, $"'{value}' is not a number{hint}");
            return null;
        }
        if (number > max || number < min || (minExclusive && number == min))
        {
            var lower = minExclusive ? $"above {Format(min)}" : $"at least {Format(min)}";
            Error(column, DiagnosticCodes.ValueRange, $"{value} {unit} is outside the plausible range ({lower} and at most {Format(max)} {unit})");
            return null;
        }
        return number;
    }

    /// <summary><c>yes</c> → true, <c>no</c> → false, blank → null.</summary>
    public bool? YesNo(string column) => Code(column, ["yes", "no"]) switch { "yes" => true, "no" => false, _ => null };

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The extra (unknown-column) attributes of the row, by name as written, trimmed; empty cells left out.</summary>
    public IReadOnlyDictionary<string, string> Extra()
    {
        if (columns.Extra.Count == 0) return new Dictionary<string, string>();
        var extra = new Dictionary<string, string>(columns.Extra.Count);
        foreach (var (index, name) in columns.Extra)
            if (index < row.Cells.Length && row.Cells[index]?.Trim() is { Length: > 0 } value)
                extra[name] = value;
        return extra;
    }

    private string? Required(string column, string? value, bool required)
    {
        if (value is null && required && columns.Has(column))
            Error(column, DiagnosticCodes.MissingRequired, $"{column} is required");
        return value;
    }

    private static string DateProblem(string value)
    {
        if (IsoShape().IsMatch(value)) return $"{value} is not a real calendar date";
        if (DayFirstShape().IsMatch(value))
            return $"'{value}' is not in the form YYYY-MM-DD; write dates as YYYY-MM-DD (e.g. 2020-01-31), which cannot be misread as day/month or month/day";
        return $"'{value}' is not a date in the form YYYY-MM-DD (e.g. 2020-01-31)";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoShape();

    [GeneratedRegex(@"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")]
    private static partial Regex DayFirstShape();
}
