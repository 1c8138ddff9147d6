namespace Mibg.Imaging.Dicom;

/// <summary>One data element: where its value lies in the file, or, for a sequence, its items.</summary>
internal sealed record DicomElement(uint Tag, string? Vr, int Offset, int Length, IReadOnlyList<DicomDataset>? Items);

/// <summary>The elements of one data set (the file's, or one sequence item's), by tag; values read on demand.</summary>
internal sealed class DicomDataset(byte[] file, Dictionary<uint, DicomElement> elements)
{
    public bool Has(uint tag) => elements.ContainsKey(tag);

    public DicomElement? Element(uint tag) => elements.GetValueOrDefault(tag);

    /// <summary>An unsigned short (US), or null when absent or empty.</summary>
    public int? UShort(uint tag, int index = 0)
    {
        var e = Element(tag);
        if (e is null || e.Length < 2 * (index + 1)) return null;
        return BitConverter.ToUInt16(file, e.Offset + 2 * index);
    }

    /// <summary>Number of unsigned shorts held.</summary>
    public int UShortCount(uint tag) => Element(tag) is { } e ? e.Length / 2 : 0;

    /// <summary>A text value (CS, UI, LO, IS, DS…), trimmed of padding; the first of several when <paramref name="first"/>.</summary>
    public string? Text(uint tag, bool first = true)
    {
        var e = Element(tag);
        if (e is null || e.Items is not null) return null;
        var text = System.Text.Encoding.ASCII.GetString(file, e.Offset, Math.Min(e.Length, 1024)).Trim('\0', ' ');
        if (first && text.IndexOf('\\') is var i and >= 0) text = text[..i].Trim();
        return text;
    }

    /// <summary>A decimal string (DS) or integer string (IS) as a number; null when absent; throws when not a finite number.</summary>
    public double? Number(uint tag)
    {
        var text = Text(tag);
        if (string.IsNullOrEmpty(text)) return null;
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            return v;
        throw new ScanImageException($"the DICOM attribute {DicomTags.Format(tag)} is not a number");
    }

    public IReadOnlyList<DicomDataset> Items(uint tag) => Element(tag)?.Items ?? [];
}
