namespace Mibg.Storage.Reading;

/// <summary>The stable codes of <see cref="Diagnostic"/>. Scripts and documentation rely on them: never rename one.</summary>
public static class DiagnosticCodes
{
    // The study as a whole
    /// <summary>The study path does not exist.</summary>
    public const string StudyNotFound = "STUDY_NOT_FOUND";
    /// <summary>The study path is neither a folder nor an .xlsx workbook.</summary>
    public const string UnsupportedFormat = "UNSUPPORTED_FORMAT";
    /// <summary>A CSV file of the four is missing from the folder.</summary>
    public const string MissingFile = "MISSING_FILE";
    /// <summary>A sheet of the four is missing from the workbook.</summary>
    public const string MissingSheet = "MISSING_SHEET";
    /// <summary>The workbook cannot be opened as .xlsx (old .xls, password-protected, damaged).</summary>
    public const string NotXlsx = "NOT_XLSX";
    /// <summary>A file or sheet has no header row.</summary>
    public const string EmptyFile = "EMPTY_FILE";

    // Bytes and CSV syntax
    /// <summary>A CSV file is not UTF-8 (e.g. Windows-1252 or UTF-16).</summary>
    public const string NotUtf8 = "NOT_UTF8";
    /// <summary>A CSV file is separated by semicolons (European Excel).</summary>
    public const string SemicolonSeparated = "SEMICOLON_SEPARATED";
    /// <summary>A CSV file is separated by tabs.</summary>
    public const string TabSeparated = "TAB_SEPARATED";
    /// <summary>A quoted CSV field is never closed.</summary>
    public const string UnterminatedQuote = "UNTERMINATED_QUOTE";
    /// <summary>A CSV row has more or fewer fields than the header.</summary>
    public const string FieldCount = "FIELD_COUNT";
    /// <summary>A cell is longer than a spreadsheet cell may be (32,767 characters).</summary>
    public const string CellTooLong = "CELL_TOO_LONG";

    // Header
    /// <summary>A column name appears twice (names are case-insensitive).</summary>
    public const string DuplicateHeader = "DUPLICATE_HEADER";
    /// <summary>A required column is absent.</summary>
    public const string MissingColumn = "MISSING_COLUMN";
    /// <summary>A column the data dictionary does not know (warning; kept as an extra attribute).</summary>
    public const string UnknownColumn = "UNKNOWN_COLUMN";
    /// <summary>A column holds values but has no name.</summary>
    public const string EmptyHeader = "EMPTY_HEADER";

    // Cells
    /// <summary>A required cell is empty.</summary>
    public const string MissingRequired = "MISSING_REQUIRED";
    /// <summary>A date is not ISO YYYY-MM-DD or not a real calendar date.</summary>
    public const string BadDate = "BAD_DATE";
    /// <summary>A count or score is not a whole number.</summary>
    public const string BadInteger = "BAD_INTEGER";
    /// <summary>A count or age is negative.</summary>
    public const string NegativeValue = "NEGATIVE_VALUE";
    /// <summary>A coded column holds a value outside its list.</summary>
    public const string BadCode = "BAD_CODE";
    /// <summary>A SIOPEN (0..6) or Curie (0..3) score is out of range.</summary>
    public const string ScoreRange = "SCORE_RANGE";
    /// <summary>Some but not all 10 Curie regions are scored.</summary>
    public const string CurieIncomplete = "CURIE_INCOMPLETE";
    /// <summary>An event site is not a SIOPEN segment code, soft_tissue, bone_marrow or primary.</summary>
    public const string BadSite = "BAD_SITE";

    /// <summary>A decimal cell (dose, diameter, percentage, LDH) that is not a number.</summary>
    public const string BadNumber = "BAD_NUMBER";
    /// <summary>A number outside its plausible range (the range is in the message and in docs/data-dictionary.md).</summary>
    public const string ValueRange = "VALUE_RANGE";
    /// <summary>A metastasis radiotherapy course without sites, or a primary course with sites.</summary>
    public const string SitesRequired = "SITES_REQUIRED";

    // Rows and tables
    /// <summary>The same radiotherapy course or assessment entered twice.</summary>
    public const string DuplicateRow = "DUPLICATE_ROW";
    /// <summary>A patient_id or scan_id appears twice.</summary>
    public const string DuplicateId = "DUPLICATE_ID";
    /// <summary>A second read of a scan by the same reader.</summary>
    public const string DuplicateRead = "DUPLICATE_READ";
    /// <summary>A patient_id not in patients.</summary>
    public const string UnknownPatient = "UNKNOWN_PATIENT";
    /// <summary>A scan_id not in scans.</summary>
    public const string UnknownScan = "UNKNOWN_SCAN";
    /// <summary>Two dates of a patient in the wrong order.</summary>
    public const string DateOrder = "DATE_ORDER";
    /// <summary>A date after today.</summary>
    public const string FutureDate = "FUTURE_DATE";
    /// <summary>A scan or event outside the patient's diagnosis..last contact.</summary>
    public const string OutsideFollowUp = "OUTSIDE_FOLLOW_UP";
    /// <summary>Both age_at_diagnosis_days and birth_date given, and they disagree.</summary>
    public const string AgeMismatch = "AGE_MISMATCH";
    /// <summary>A dead patient's death_date differs from last_contact_date.</summary>
    public const string DeathDateMismatch = "DEATH_DATE_MISMATCH";
    /// <summary>A death_date for a patient whose vital_status is alive.</summary>
    public const string DeathDateWhenAlive = "DEATH_DATE_WHEN_ALIVE";
    /// <summary>A death event that disagrees with patients.death_date.</summary>
    public const string DeathEventMismatch = "DEATH_EVENT_MISMATCH";
    /// <summary>A given time point whose scan date lies outside that time point's window (warning).</summary>
    public const string TimepointWindow = "TIMEPOINT_WINDOW";
    /// <summary>The image a scan names does not exist in the image folder or cannot be shown (warning; docs/cli.md).</summary>
    public const string ImageUnreadable = "IMAGE_UNREADABLE";
    /// <summary>Warning: a column the default analysis plan needs (e.g. hdc_date) is missing; the message names what depends on it.</summary>
    public const string AnalysisColumnMissing = "ANALYSIS_COLUMN_MISSING";
    /// <summary>Warning: a consensus read scores a segment outside the range of the readers' scores.</summary>
    public const string ConsensusOutsideReads = "CONSENSUS_OUTSIDE_READS";
}
