using System.Runtime.CompilerServices;
using System.Text;
using Mibg.Storage.Reading;
using nietras.SeparatedValues;

namespace Mibg.Storage.Tables;

/// <summary>
/// A CSV table read with Sep (streaming, vectorised): UTF-8 with or without a BOM, RFC 4180 quoting (a quoted cell may
/// hold separators, doubled quotes and line breaks and still counts as one spreadsheet row), LF or CRLF line ends.
/// Refused with the fix explained: UTF-16 (Excel's "Unicode Text"), bytes that are not UTF-8 (reported on each line that
/// holds them, e.g. a Windows-1252 "é"), a quoted cell never closed, and — with <see cref="CsvSeparators.Comma"/> — a
/// file separated by semicolons or tabs.
/// </summary>
public sealed class CsvTableReader : TableReader
{
    private readonly string _path;
    private readonly SepReader _sep;
    private bool _oddQuotes;
    private int _lastRow;

    private CsvTableReader(string path, SepReader sep)
    {
        _path = path;
        _sep = sep;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> Header => HeaderCells;

    private string[] HeaderCells { get; set; } = [];

    /// <inheritdoc/>
    public override int HeaderRow => HeaderNumber;

    private int HeaderNumber { get; set; }

    /// <inheritdoc/>
    public override int RowNumber => _sep.Current.RowIndex + 1;

    /// <inheritdoc/>
    public override int ColumnCount => _sep.Current.ColCount;

    /// <inheritdoc/>
    public override ReadOnlySpan<char> this[int column] => _sep.Current[column].Span;

    /// <summary>Opens the CSV file and reads its header row.</summary>
    public static CsvTableReader OpenCsv(string path, TableReadOptions options)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        CsvTableReader? table = null;
        try
        {
            Span<byte> start = stackalloc byte[3];
            var got = stream.ReadAtLeast(start, 3, throwOnEndOfStream: false);
            if (got >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)))
                throw new TableFileException(null, DiagnosticCodes.NotUtf8,
                    "the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8 (Comma delimited)\"");
            var bom = got == 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF;
            var separator = options.Separators == CsvSeparators.Comma ? ',' : DetectSeparator(stream, bom ? 3 : 0);
            stream.Position = bom ? 3 : 0;
            // Invalid UTF-8 throws instead of becoming U+FFFD, so a Windows-1252 "é" can never slip into a label.
            var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, 1 << 16);
            SepReader sep;
            try
            {
                // Sep reads its first buffer here (to find the separator), so invalid bytes may surface already.
                sep = Sep.Reader(o => o with
                {
                    HasHeader = false,
                    Sep = new Sep(separator),
                    Unescape = true,
                    Trim = SepTrim.Outer,
                    DisableColCountCheck = true,
                }).From(text);
            }
            catch (DecoderFallbackException)
            {
                throw new TableFileException(Utf8Problems.Of(path));
            }
            table = new CsvTableReader(path, sep);
            table.ReadHeader(options);
            return table;
        }
        catch
        {
            if (table is not null) table.Dispose();
            else stream.Dispose();
            throw;
        }
    }

    private void ReadHeader(TableReadOptions options)
    {
        if (!Next()) throw Empty("the file is empty; it needs at least the header row");
        var cells = new string[_sep.Current.ColCount];
        for (var c = 0; c < cells.Length; c++) cells[c] = _sep.Current[c].Span.Trim().ToString();
        HeaderCells = cells;
        HeaderNumber = RowNumber;
        if (options.Separators == CsvSeparators.Comma && cells.Length == 1 && OtherSeparator(cells[0], options.IsKnownColumn) is { } other)
        {
            var (code, what) = other == ';'
                ? (DiagnosticCodes.SemicolonSeparated, "semicolons (the CSV of a European-language Excel)")
                : (DiagnosticCodes.TabSeparated, "tabs");
            throw new TableFileException(HeaderNumber, code,
                $"the file is separated by {what}, not commas; in Excel use File > Save As > \"CSV UTF-8 (Comma delimited)\", or in LibreOffice tick \"Edit filter settings\" and choose field delimiter ','");
        }
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot on large tables: skip tier-0 code in a short-lived CLI process
    public override bool MoveNext() => Next();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Next()
    {
        while (true)
        {
            bool more;
            try
            {
                more = _sep.MoveNext();
            }
            catch (DecoderFallbackException)
            {
                throw new TableFileException(Utf8Problems.Of(_path));
            }
            if (!more)
            {
                if (_oddQuotes)
                    throw new TableFileException(_lastRow, DiagnosticCodes.UnterminatedQuote,
                        "a quoted field opened on this row is never closed; add the closing \" (a \" inside a quoted field is written \"\")");
                return false;
            }
            // An unclosed quote swallows the rest of the file into the last row: its raw text then holds an odd number of quotes.
            var row = _sep.Current;
            var raw = row.Span;
            _oddQuotes = raw.Contains('"') && (raw.Count('"') & 1) == 1;
            _lastRow = row.RowIndex + 1;
            if (!IsBlank()) return true;
        }
    }

    private bool IsBlank()
    {
        for (var c = 0; c < _sep.Current.ColCount; c++)
            if (!_sep.Current[c].Span.IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>
    /// Comma, semicolon or tab: whichever occurs most in the header (the first line with other content; ties and none go
    /// to the comma). Looks at the first 64 KiB only.
    /// </summary>
    private static char DetectSeparator(FileStream stream, int offset)
    {
        stream.Position = offset;
        var buffer = new byte[1 << 16];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        ReadOnlySpan<byte> text = buffer.AsSpan(0, length);
        while (!text.IsEmpty)
        {
            var end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + 1)..];
            if (line.IndexOfAnyExcept(" \t\r,;"u8) < 0) continue;
            var (commas, semicolons, tabs) = (line.Count((byte)','), line.Count((byte)';'), line.Count((byte)'\t'));
            return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
        }
        return ',';
    }

    /// <summary>The separator of a one-cell header that splits into known column names on ';' or tab.</summary>
    private static char? OtherSeparator(string header, Func<string, bool>? isKnown)
    {
        foreach (var separator in new[] { ';', '\t' })
        {
            var parts = header.Split(separator);
            if (parts.Length > 1 && (isKnown is null || parts.Any(p => isKnown(p.Trim().Trim('"').ToLowerInvariant()))))
                return separator;
        }
        return null;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing) _sep.Dispose();
        base.Dispose(disposing);
    }
}
