using System.Buffers.Binary;
using System.Text;

namespace Mibg.Imaging.Dicom;

/// <summary>
/// Parses a DICOM Part 10 file (PS3.10 §7: 128-byte preamble, "DICM", file meta information in explicit VR little
/// endian) whose data set is in implicit or explicit VR little endian (PS3.5 §7.1). Every length is checked against
/// the bytes that remain, and nothing is allocated from a length read in the file, so truncated or hostile files end
/// in a <see cref="ScanImageException"/>, never in a crash or a huge allocation.
/// </summary>
internal sealed class DicomFileParser
{
    private const uint Undefined = 0xFFFF_FFFF;

    // VRs with a 2-byte reserved field and a 4-byte length in explicit VR (PS3.5 Table 7.1-1).
    private static readonly HashSet<string> LongVrs = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "UC", "UR", "UT", "UN", "SV", "UV"];

    // In implicit VR a sequence of defined length is recognised only by its tag: the sequences mibg reads.
    private static readonly HashSet<uint> ImplicitSequences = [DicomTags.DetectorInformationSequence, DicomTags.ViewCodeSequence];

    private readonly byte[] _file;
    private bool _explicitVr = true;

    private DicomFileParser(byte[] file) => _file = file;

    /// <summary>The file's transfer syntax UID and its data set.</summary>
    public static (string TransferSyntax, DicomDataset Dataset) Parse(byte[] file)
    {
        if (file.Length < 132 || file[128] != 'D' || file[129] != 'I' || file[130] != 'C' || file[131] != 'M')
            throw new ScanImageException("not a DICOM Part 10 file (no \"DICM\" marker after the 128-byte preamble)");
        var parser = new DicomFileParser(file);
        var position = 132;
        var meta = parser.ReadDataset(ref position, file.Length, depth: 0, stopAtGroupChange: 0x0002);
        var syntax = meta.Text(DicomTags.TransferSyntaxUid)
            ?? throw new ScanImageException("the DICOM file meta information names no transfer syntax (0002,0010)");
        if (!TransferSyntax.IsSupported(syntax))
            throw new ScanImageException(
                $"the image is encoded as {TransferSyntax.Describe(syntax)}, which mibg does not decode; " +
                "export it from the PACS as uncompressed DICOM (Explicit or Implicit VR Little Endian)", kind: ScanImageProblem.Unsupported);
        parser._explicitVr = syntax == TransferSyntax.ExplicitVrLittleEndian;
        var dataset = parser.ReadDataset(ref position, file.Length, depth: 0, stopAtGroupChange: null);
        return (syntax, dataset);
    }

    /// <summary>
    /// Reads elements from <paramref name="position"/> up to <paramref name="end"/>, or up to an item delimiter when
    /// reading an item of undefined length, or (file meta) up to the first element outside group 0002.
    /// </summary>
    private DicomDataset ReadDataset(ref int position, int end, int depth, uint? stopAtGroupChange)
    {
        if (depth > ImageLimits.MaxSequenceDepth)
            throw new ScanImageException($"DICOM sequences nested deeper than {ImageLimits.MaxSequenceDepth} levels");
        var elements = new Dictionary<uint, DicomElement>();
        while (position < end)
        {
            if (end - position < 8) throw Truncated(position);
            var tag = ReadTag(position);
            if (stopAtGroupChange is { } group && tag >> 16 != group) break;
            if (tag == DicomTags.ItemDelimitation)
            {
                position += 8;
                return new DicomDataset(_file, elements);
            }
            var element = ReadElement(ref position, end, depth, explicitVr: stopAtGroupChange is not null || _explicitVr);
            elements[element.Tag] = element;
        }
        return new DicomDataset(_file, elements);
    }

    private DicomElement ReadElement(ref int position, int end, int depth, bool explicitVr)
    {
        var start = position;
        var tag = ReadTag(position);
        string? vr = null;
        uint length;
        if (explicitVr && tag >> 16 != 0xFFFE)
        {
            vr = Encoding.ASCII.GetString(_file, position + 4, 2);
            if (!vr.All(char.IsAsciiLetterUpper))
                throw new ScanImageException($"the DICOM element {DicomTags.Format(tag)} at byte {start} has no valid value representation; the file is damaged or not in the transfer syntax it declares");
            if (LongVrs.Contains(vr))
            {
                if (end - position < 12) throw Truncated(start);
                length = BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(position + 8));
                position += 12;
            }
            else
            {
                length = BinaryPrimitives.ReadUInt16LittleEndian(_file.AsSpan(position + 6));
                position += 8;
            }
        }
        else
        {
            length = BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(position + 4));
            position += 8;
        }

        var isSequence = vr == "SQ" || (length == Undefined && tag != DicomTags.PixelData)
            || (vr is null && length != Undefined && ImplicitSequences.Contains(tag));
        if (length == Undefined && tag == DicomTags.PixelData)
            throw new ScanImageException("the pixel data is encapsulated (compressed fragments) although the transfer syntax declares it uncompressed");
        if (isSequence)
        {
            // UN of undefined length and implicit sequences are encoded in implicit VR (PS3.5 §6.2.2).
            var items = ReadItems(ref position, end, length, depth, implicitInside: vr is null or "UN");
            return new DicomElement(tag, "SQ", start, 0, items);
        }
        if (length > end - position) throw Truncated(start, tag, length, end - position);
        var element = new DicomElement(tag, vr, position, (int)length, null);
        position += (int)length;
        return element;
    }

    private List<DicomDataset> ReadItems(ref int position, int end, uint length, int depth, bool implicitInside)
    {
        var sequenceEnd = end;
        if (length != Undefined)
        {
            if (length > end - position) throw Truncated(position, null, length, end - position);
            sequenceEnd = position + (int)length;
        }
        var saved = _explicitVr;
        if (implicitInside) _explicitVr = false;
        var items = new List<DicomDataset>();
        try
        {
            while (position < sequenceEnd)
            {
                if (sequenceEnd - position < 8) throw Truncated(position);
                var tag = ReadTag(position);
                var itemLength = BinaryPrimitives.ReadUInt32LittleEndian(_file.AsSpan(position + 4));
                position += 8;
                if (tag == DicomTags.SequenceDelimitation) return items;
                if (tag != DicomTags.Item)
                    throw new ScanImageException($"a DICOM sequence holds {DicomTags.Format(tag)} where an item was expected; the file is damaged");
                if (itemLength == Undefined)
                {
                    items.Add(ReadDataset(ref position, sequenceEnd, depth + 1, null));
                }
                else
                {
                    if (itemLength > sequenceEnd - position) throw Truncated(position, DicomTags.Item, itemLength, sequenceEnd - position);
                    var itemEnd = position + (int)itemLength;
                    items.Add(ReadDataset(ref position, itemEnd, depth + 1, null));
                    position = itemEnd;
                }
            }
            if (length == Undefined) throw new ScanImageException("a DICOM sequence of undefined length has no end (the file is truncated)");
            return items;
        }
        finally
        {
            _explicitVr = saved;
        }
    }

    private uint ReadTag(int position) =>
        (uint)BinaryPrimitives.ReadUInt16LittleEndian(_file.AsSpan(position)) << 16 | BinaryPrimitives.ReadUInt16LittleEndian(_file.AsSpan(position + 2));

    private static ScanImageException Truncated(int position, uint? tag = null, uint? length = null, int? remaining = null) =>
        new(tag is { } t && length is { } l
            ? $"the DICOM element {DicomTags.Format(t)} at byte {position} claims {l} bytes but only {remaining} remain: the file is truncated or damaged"
            : $"the DICOM file ends in the middle of an element at byte {position}: it is truncated");
}
