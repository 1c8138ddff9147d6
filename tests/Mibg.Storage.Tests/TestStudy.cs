using MiniExcelLibs;

namespace Mibg.Storage.Tests;

/// <summary>
/// A tiny valid study held as four grids of cell texts (header row first), to be broken one cell at a time and
/// written as a CSV folder or an .xlsx workbook. Row numbers are spreadsheet rows: header 1, first data row 2.
/// Every date is before <see cref="Today"/>.
/// </summary>
public sealed class TestStudy
{
    /// <summary>The "today" of the no-future-date rule in every reader test.</summary>
    public static readonly DateOnly Today = new(2025, 1, 1);

    private static readonly string[] Siopen =
    [
        "siopen_skull", "siopen_thoracic_cage", "siopen_right_upper_limb_proximal", "siopen_right_upper_limb_distal",
        "siopen_left_upper_limb_proximal", "siopen_left_upper_limb_distal", "siopen_spine", "siopen_pelvis",
        "siopen_right_lower_limb_proximal", "siopen_right_lower_limb_distal", "siopen_left_lower_limb_proximal",
        "siopen_left_lower_limb_distal",
    ];

    private static readonly string[] Curie =
    [
        "curie_head", "curie_cervicothoracic_spine", "curie_ribs_sternum", "curie_lumbosacral_spine", "curie_pelvis",
        "curie_upper_arms", "curie_forearms_hands", "curie_thighs", "curie_lower_legs_feet", "curie_soft_tissue",
    ];

    public Dictionary<string, List<List<object?>>> Tables { get; } = new()
    {
        ["patients"] =
        [
            ["patient_id", "sex", "age_at_diagnosis_days", "diagnosis_date", "inrg_stage", "induction_end_date", "hdc_date", "maintenance_start_date", "end_of_treatment_date", "last_contact_date", "vital_status", "death_date"],
            ["P1", "M", "1200", "2015-01-10", "M", "2015-05-01", "2015-06-15", "2015-09-01", "2016-03-01", "2020-01-01", "alive", null],
            ["P2", "F", "900", "2016-02-01", "M", "2016-06-01", "2016-07-10", "2016-10-01", "2017-04-01", "2018-05-05", "dead", "2018-05-05"],
        ],
        ["scans"] =
        [
            ["scan_id", "patient_id", "scan_date", "timepoint", "tracer"],
            ["S1", "P1", "2015-01-12", "diagnosis", "123I"],
            ["S2", "P1", "2015-08-01", "post_hdc", "123I"],
            ["S3", "P2", "2016-02-03", "diagnosis", "123I"],
        ],
        ["reads"] =
        [
            ["scan_id", "reader", "read_date", .. Siopen, "soft_tissue", .. Curie, "comment"],
            Read("S1", "R1", [1, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0]),
            Read("S1", "R2", [1, 2, 0, 0, 0, 0, 4, 1, 0, 0, 0, 0]),
            Read("S1", "consensus", [1, 2, 0, 0, 0, 0, 3, 1, 0, 0, 0, 0]),
            Read("S2", "consensus", [0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]),
            Read("S3", "consensus", [2, 2, 1, 0, 1, 0, 5, 4, 1, 0, 1, 0]),
        ],
        ["events"] =
        [
            ["patient_id", "event_date", "event_type", "sites", "comment"],
            ["P2", "2017-09-01", "relapse", "spine;pelvis", null],
            ["P2", "2018-05-05", "death", null, null],
        ],
    };

    private static List<object?> Read(string scan, string reader, int[] siopen) =>
        [scan, reader, "2016-01-01", .. siopen.Select(v => (object?)v.ToString(System.Globalization.CultureInfo.InvariantCulture)), "0", .. new object?[10], null];

    /// <summary>Sets the cell of <paramref name="column"/> on spreadsheet row <paramref name="row"/>.</summary>
    public TestStudy Set(string table, int row, string column, object? value)
    {
        Tables[table][row - 1][ColumnIndex(table, column)] = value;
        return this;
    }

    /// <summary>Appends a copy of spreadsheet row <paramref name="row"/> (it becomes the last row).</summary>
    public TestStudy CopyRow(string table, int row)
    {
        Tables[table].Add([.. Tables[table][row - 1]]);
        return this;
    }

    public TestStudy RemoveColumn(string table, string column)
    {
        var i = ColumnIndex(table, column);
        foreach (var r in Tables[table]) r.RemoveAt(i);
        return this;
    }

    /// <summary>Adds a column at the end; <paramref name="values"/> fill the data rows in order (missing = empty).</summary>
    public TestStudy AddColumn(string table, string header, params object?[] values)
    {
        var rows = Tables[table];
        rows[0].Add(header);
        for (var i = 1; i < rows.Count; i++) rows[i].Add(i - 1 < values.Length ? values[i - 1] : null);
        return this;
    }

    public int ColumnIndex(string table, string column) =>
        Tables[table][0].FindIndex(h => string.Equals(h as string, column, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
            ? i : throw new ArgumentException($"no column {column} in {table}");

    /// <summary>Writes the four CSV files into a new folder and returns it.</summary>
    public string WriteCsv(TempFolder folder)
    {
        var dir = folder.Sub("study");
        foreach (var (table, rows) in Tables)
            File.WriteAllText(Path.Combine(dir, table + ".csv"),
                string.Join("\n", rows.Select(r => string.Join(',', r.Select(CsvCell)))) + "\n");
        return dir;
    }

    /// <summary>Writes the workbook <c>book.xlsx</c> (dates as text cells unless a cell holds a DateTime) and returns its path.</summary>
    public string WriteXlsx(TempFolder folder, params string[] leaveOutSheets)
    {
        var path = Path.Combine(folder.Path, "book.xlsx");
        var sheets = new Dictionary<string, object>();
        foreach (var (table, rows) in Tables)
        {
            if (leaveOutSheets.Contains(table)) continue;
            sheets[table] = rows.Select(r => r.Select((v, i) => (Key: "c" + i, Value: v)).ToDictionary(x => x.Key, x => x.Value)).ToList();
        }
        MiniExcel.SaveAs(path, sheets, printHeader: false);
        return path;
    }

    /// <summary>Writes the study as <paramref name="kind"/> (<c>csv</c> or <c>xlsx</c>) and returns the path to read.</summary>
    public string Write(string kind, TempFolder folder) => kind == "csv" ? WriteCsv(folder) : WriteXlsx(folder);

    /// <summary>The diagnostic file label of a table for <paramref name="kind"/>.</summary>
    public static string Label(string kind, string table) => kind == "csv" ? table + ".csv" : $"book.xlsx[{table}]";

    private static string CsvCell(object? value)
    {
        var s = value switch
        {
            null => "",
            DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
