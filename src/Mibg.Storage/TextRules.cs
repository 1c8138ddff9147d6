namespace Mibg.Storage;

/// <summary>
/// Which characters study text may hold (docs/security.md, "Export"): no control characters other than tab, line
/// feed and carriage return. They have no meaning in a comment or a code, break spreadsheets and XML, and can hide
/// text from a reviewer; they are refused where text enters (import, reads, the web) and on export.
/// </summary>
public static class TextRules
{
    /// <summary>The first forbidden control character of <paramref name="text"/>, or null when there is none.</summary>
    public static char? ForbiddenControl(string? text)
    {
        if (text is null) return null;
        foreach (var ch in text)
            if ((char.IsControl(ch) && ch is not ('\t' or '\n' or '\r')) || ch is '\u2028' or '\u2029')
                return ch;
        return null;
    }

    /// <summary>How a forbidden character is named in messages, e.g. <c>U+0007</c>.</summary>
    public static string Name(char ch) => $"U+{(int)ch:X4}";
}
