using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Reading.Internal.Xlsx;

/// <summary>
/// A streaming reader of the cell texts of an .xlsx workbook (Office Open XML, ECMA-376 part 1 §18): sheet
/// names from <c>xl/workbook.xml</c>, shared strings, and date styles, so that a number cell with a date format
/// becomes an ISO date. Rows keep their real spreadsheet numbers (the <c>r</c> attribute). Reads cell values
/// only: formulas give their cached value; formatting is ignored. Throws on a damaged file; the caller reports it.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    /// <summary>The last column a spreadsheet can have (XFD, ECMA-376 and Excel's limit); a reference beyond it is damage or an attack.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The last row a spreadsheet can have (Excel's limit).</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>
    /// The largest uncompressed part read (256 MiB, far above any study: 10,000 scans take a few MB), so a zip bomb
    /// is refused before it is inflated.
    /// </summary>
    public const long MaxPartBytes = 256L * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, XmlResolver = null };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, string> _sheetParts = new(StringComparer.Ordinal);
    private readonly List<string> _sheetNames = [];
    private readonly bool _date1904;
    private List<string>? _sharedStrings;
    private HashSet<int>? _dateStyles;

    public XlsxWorkbook(string path)
    {
        _zip = ZipFile.OpenRead(path);
        try
        {
            var rels = ReadRelationships("xl/_rels/workbook.xml.rels");
            using var xr = Open("xl/workbook.xml") ?? throw new InvalidDataException("xl/workbook.xml is missing");
            while (xr.Read())
            {
                if (xr.NodeType != XmlNodeType.Element) continue;
                if (xr.LocalName == "workbookPr")
                    _date1904 = xr.GetAttribute("date1904") is "1" or "true";
                else if (xr.LocalName == "sheet" && xr.GetAttribute("name") is { } name)
                {
                    var id = xr.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    if (id is null || !rels.TryGetValue(id, out var target)) continue;
                    _sheetNames.Add(name);
                    _sheetParts[name] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }
        catch
        {
            _zip.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> SheetNames => _sheetNames;

    /// <summary>The non-empty rows of a sheet: spreadsheet row number and cell texts (trimmed; null = empty).</summary>
    public IEnumerable<(int Number, string?[] Cells)> Rows(string sheetName)
    {
        _sharedStrings ??= ReadSharedStrings();
        _dateStyles ??= ReadDateStyles();
        using var xr = Open(_sheetParts[sheetName]) ?? throw new InvalidDataException($"the part of sheet {sheetName} is missing");
        var cells = new List<string?>();
        var value = new StringBuilder();
        var rowNumber = 0;
        string? type = null, reference = null;
        var style = 0;
        bool inValue = false, inText = false, inPhonetic = false;
        while (xr.Read())
        {
            switch (xr.NodeType)
            {
                case XmlNodeType.Element:
                    switch (xr.LocalName)
                    {
                        case "row":
                            rowNumber = int.TryParse(xr.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                            if (rowNumber > MaxRows)
                                throw new InvalidDataException($"row number {rowNumber} is beyond {MaxRows:N0}, the last row a spreadsheet can have");
                            cells.Clear();
                            break;
                        case "c":
                            reference = xr.GetAttribute("r");
                            type = xr.GetAttribute("t");
                            style = int.TryParse(xr.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
                            value.Clear();
                            if (xr.IsEmptyElement) Place(cells, rowNumber, reference, null);
                            break;
                        case "v": inValue = !xr.IsEmptyElement; break;
                        case "t": inText = !xr.IsEmptyElement && !inPhonetic; break;
                        case "rPh": inPhonetic = !xr.IsEmptyElement; break;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inValue || inText) value.Append(xr.Value);
                    break;
                case XmlNodeType.EndElement:
                    switch (xr.LocalName)
                    {
                        case "v": inValue = false; break;
                        case "t": inText = false; break;
                        case "rPh": inPhonetic = false; break;
                        case "c": Place(cells, rowNumber, reference, CellText(type, style, value.ToString())); break;
                        case "row":
                            if (cells.Any(c => c is not null)) yield return (rowNumber, cells.ToArray());
                            cells.Clear();
                            break;
                    }
                    break;
            }
        }
    }

    public void Dispose() => _zip.Dispose();

    private string? CellText(string? type, int style, string raw)
    {
        string? text = type switch
        {
            "s" => int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _sharedStrings!.Count ? _sharedStrings[i] : null,
            "inlineStr" or "str" or "e" => raw,
            "b" => raw == "1" ? "TRUE" : "FALSE",
            "d" => raw.Length >= 10 && raw.EndsWith("T00:00:00", StringComparison.Ordinal) ? raw[..10] : raw,
            _ => Number(raw, _dateStyles!.Contains(style)),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private string? Number(string raw, bool isDate)
    {
        if (raw.Length == 0) return null;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)) return raw;
        if (isDate && x is >= 0 and < 2958466)
        {
            var date = DateTime.FromOADate(x + (_date1904 ? 1462 : 0));
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString(StudyRowValues.DateFormat, CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }
        return x == Math.Floor(x) && Math.Abs(x) < 1e15
            ? ((long)x).ToString(CultureInfo.InvariantCulture)
            : x.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Puts a cell at the column of its reference (e.g. <c>C7</c> → index 2), or after the last one. A reference
    /// beyond <see cref="MaxColumns"/> is refused before anything is allocated for it.
    /// </summary>
    private static void Place(List<string?> cells, int rowNumber, string? reference, string? text)
    {
        var index = cells.Count;
        if (reference is { Length: > 0 })
        {
            var column = 0;
            foreach (var ch in reference)
            {
                if (ch is >= 'A' and <= 'Z') column = column * 26 + (ch - 'A' + 1);
                else if (ch is >= 'a' and <= 'z') column = column * 26 + (ch - 'a' + 1);
                else break;
                if (column > MaxColumns)
                    throw new InvalidDataException($"row {rowNumber}: cell reference '{reference}' is beyond column XFD ({MaxColumns:N0}), the last column a spreadsheet can have");
            }
            if (column > 0) index = column - 1;
        }
        while (cells.Count <= index) cells.Add(null);
        cells[index] = text;
    }

    private List<string> ReadSharedStrings()
    {
        var strings = new List<string>();
        using var xr = Open("xl/sharedStrings.xml");
        if (xr is null) return strings;
        var text = new StringBuilder();
        bool inText = false, inPhonetic = false;
        while (xr.Read())
        {
            switch (xr.NodeType)
            {
                case XmlNodeType.Element:
                    if (xr.LocalName == "si")
                    {
                        text.Clear();
                        if (xr.IsEmptyElement) strings.Add("");
                    }
                    else if (xr.LocalName == "t") inText = !xr.IsEmptyElement && !inPhonetic;
                    else if (xr.LocalName == "rPh") inPhonetic = !xr.IsEmptyElement;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (inText) text.Append(xr.Value);
                    break;
                case XmlNodeType.EndElement:
                    if (xr.LocalName == "t") inText = false;
                    else if (xr.LocalName == "rPh") inPhonetic = false;
                    else if (xr.LocalName == "si") strings.Add(text.ToString());
                    break;
            }
        }
        return strings;
    }

    /// <summary>Indexes of the cell styles (<c>cellXfs</c>) whose number format shows a date or time.</summary>
    private HashSet<int> ReadDateStyles()
    {
        var result = new HashSet<int>();
        using var xr = Open("xl/styles.xml");
        if (xr is null) return result;
        var customDate = new HashSet<int>();
        var inCellXfs = false;
        var xf = 0;
        while (xr.Read())
        {
            if (xr.NodeType == XmlNodeType.EndElement && xr.LocalName == "cellXfs") inCellXfs = false;
            if (xr.NodeType != XmlNodeType.Element) continue;
            switch (xr.LocalName)
            {
                case "numFmt":
                    if (int.TryParse(xr.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && IsDateFormat(xr.GetAttribute("formatCode")))
                        customDate.Add(id);
                    break;
                case "cellXfs":
                    inCellXfs = !xr.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    if (int.TryParse(xr.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var fmt) && (IsBuiltInDate(fmt) || customDate.Contains(fmt)))
                        result.Add(xf);
                    xf++;
                    break;
            }
        }
        return result;
    }

    /// <summary>Built-in number formats that are dates or times (ECMA-376 §18.8.30, plus the East Asian ones).</summary>
    private static bool IsBuiltInDate(int id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>Whether a custom format code shows a date or time: y, m, d, h or s outside quotes, brackets and escapes.</summary>
    private static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code)) return false;
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '[') bracket = true;
            else if (c == ']') bracket = false;
            else if (bracket) continue;
            else if (c == '\\') i++;
            else if (c is 'y' or 'Y' or 'm' or 'M' or 'd' or 'D' or 'h' or 'H' or 's' or 'S')
                return !code.Equals("General", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private Dictionary<string, string> ReadRelationships(string part)
    {
        var rels = new Dictionary<string, string>(StringComparer.Ordinal);
        using var xr = Open(part) ?? throw new InvalidDataException($"{part} is missing");
        while (xr.Read())
            if (xr.NodeType == XmlNodeType.Element && xr.LocalName == "Relationship" && xr.GetAttribute("Id") is { } id && xr.GetAttribute("Target") is { } target)
                rels[id] = target;
        return rels;
    }

    private XmlReader? Open(string part)
    {
        var entry = _zip.GetEntry(part) ?? _zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, part, StringComparison.OrdinalIgnoreCase));
        if (entry is null) return null;
        if (entry.Length > MaxPartBytes)
            throw new InvalidDataException($"{part} would unpack to {entry.Length:N0} bytes, more than the {MaxPartBytes / (1024 * 1024)} MiB a study part may have");
        return XmlReader.Create(entry.Open(), Settings);
    }
}
