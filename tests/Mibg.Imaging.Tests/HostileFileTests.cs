using System.Buffers.Binary;
using FsCheck.Xunit;
using Mibg.Imaging.Tests.Fixtures;

namespace Mibg.Imaging.Tests;

/// <summary>
/// Broken and hostile files (truncated, huge or undefined lengths, absurd dimensions, deep nesting, random damage)
/// made by damaging pydicom's output: each ends in a <see cref="ScanImageException"/> with a clear message —
/// never another exception, a hang, or an allocation sized by the file's claims.
/// </summary>
public sealed class HostileFileTests(ImageFixtures fixtures) : IClassFixture<ImageFixtures>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("mibg-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private ScanImageException Refused(byte[] bytes, string name = "hostile.dcm")
    {
        File.WriteAllBytes(Path.Combine(_dir, name), bytes);
        return Assert.Throws<ScanImageException>(() => ScanImageReader.Read(_dir, name));
    }

    /// <summary>Offset of the first occurrence of an element's tag (little endian group, element) at or after <paramref name="from"/>.</summary>
    private static int TagAt(byte[] file, ushort group, ushort element, int from = 132)
    {
        ReadOnlySpan<byte> tag = [(byte)group, (byte)(group >> 8), (byte)element, (byte)(element >> 8)];
        var i = file.AsSpan(from).IndexOf(tag);
        Assert.True(i >= 0, $"tag ({group:X4},{element:X4}) not found");
        return from + i;
    }

    [Theory]
    [InlineData("explicit16-2frames.dcm")]
    [InlineData("implicit8-mono1.dcm")]
    public void Every_truncation_is_refused_clearly(string name)
    {
        var whole = fixtures.Bytes(name);
        // Cut at every 3rd byte of the header (meta, data set, sequences), every 997th of the pixel data, and one short of the end.
        var pixels = TagAt(whole, 0x7FE0, 0x0010);
        foreach (var length in Enumerable.Range(0, pixels / 3 + 4).Select(i => i * 3)
                     .Concat(Enumerable.Range(0, (whole.Length - pixels) / 997).Select(i => pixels + 12 + i * 997)).Append(whole.Length - 1))
        {
            var e = Refused(whole[..length]);
            Assert.Matches("not a DICOM Part 10 file|truncated|no pixel data|no end|has no|names no transfer syntax", e.Message);
        }
    }

    [Fact]
    public void A_huge_pixel_data_length_is_refused_without_allocating_it()
    {
        var file = fixtures.Bytes("explicit16-2frames.dcm");
        var at = TagAt(file, 0x7FE0, 0x0010);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + 8), 0xFFFF_FFF0); // explicit VR OW: length after 2 reserved bytes
        var e = Refused(file);
        Assert.Contains("claims 4294967280 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_length_on_pixel_data_in_an_uncompressed_syntax_is_refused()
    {
        var file = fixtures.Bytes("implicit8-mono1.dcm");
        var at = TagAt(file, 0x7FE0, 0x0010);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + 4), 0xFFFF_FFFF); // implicit VR: 4-byte length
        Assert.Contains("encapsulated", Refused(file).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_length_sequence_without_an_end_is_refused()
    {
        var file = fixtures.Bytes("implicit8-mono1.dcm");
        // Turn the first data-set element's length into "undefined": it is read as a sequence and never ends.
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(TagAt(file, 0x0008, 0x0008) + 4), 0xFFFF_FFFF);
        var e = Refused(file);
        Assert.Matches("item was expected|no end|truncated", e.Message);
    }

    [Theory]
    [InlineData(0x0010, 65535)] // rows
    [InlineData(0x0011, 65535)] // columns
    [InlineData(0x0010, 0)]
    public void Absurd_dimensions_are_refused_before_any_allocation(ushort element, int value)
    {
        var file = fixtures.Bytes("explicit16-2frames.dcm");
        var at = TagAt(file, 0x0028, element);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(at + 8), (ushort)value); // explicit VR US: value after 8 bytes
        Assert.Contains("outside what mibg shows", Refused(file).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_frames_than_the_pixel_data_holds_are_refused()
    {
        var file = fixtures.Bytes("implicit16-signed.dcm");
        var at = TagAt(file, 0x0028, 0x0008); // Number of Frames "2" (IS, 2 characters) → "99"
        file[at + 8] = (byte)'9';
        file[at + 9] = (byte)'9';
        // 99 frames × 32 × 128 × 2 bytes = 811,008 bytes are claimed; 16,384 are there.
        Assert.Contains("holds 16384 bytes but 99 frame(s) of 32×128 at 16 bits need 811008", Refused(file).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_count_that_is_not_a_number_is_refused()
    {
        var file = fixtures.Bytes("implicit16-signed.dcm");
        file[TagAt(file, 0x0028, 0x0008) + 8] = (byte)'x';
        Assert.Contains("(0028,0008) is not a number", Refused(file).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pixel_data_shorter_than_the_frames_need_is_refused()
    {
        var file = fixtures.Bytes("implicit16-signed.dcm");
        file[TagAt(file, 0x0028, 0x0008) + 8] = (byte)'4'; // claims 4 frames, holds 2
        Assert.Contains("the file is truncated or damaged", Refused(file).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deeply_nested_sequences_are_refused()
    {
        // Implicit VR: (0009,0010) undefined length, item undefined length, … 40 levels, well-formed ends.
        var body = new List<byte>();
        for (var i = 0; i < 40; i++) body.AddRange([0x09, 0x00, 0x10, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF]);
        for (var i = 0; i < 40; i++) body.AddRange([0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0, 0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0]);
        var file = fixtures.Bytes("implicit8-mono1.dcm");
        var at = TagAt(file, 0x0008, 0x0008);
        var hostile = file[..at].Concat(body).Concat(file[at..]).ToArray();
        Assert.Contains("nested deeper", Refused(hostile).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_DICOM_is_refused()
    {
        Assert.Contains("not a DICOM Part 10 file", Refused("just some text, not an image at all"u8.ToArray()).Message, StringComparison.Ordinal);
        Assert.Contains("not a DICOM Part 10 file", Refused([]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_PNG_is_refused()
    {
        var png = fixtures.Bytes("scan.png");
        Assert.Matches("truncated|cannot be decoded|not a readable", Refused(png[..(png.Length / 2)], "cut.png").Message);
    }

    [Fact]
    public void A_PNG_claiming_an_absurd_size_is_refused_before_decoding()
    {
        var png = fixtures.Bytes("scan.png");
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 100_000); // IHDR width (CRC now wrong too)
        Assert.Matches("outside what mibg shows|not a readable|cannot be decoded", Refused(png, "wide.png").Message);
    }

    [Fact]
    public void A_text_transfer_syntax_is_not_echoed()
    {
        var file = fixtures.Bytes("explicit16-2frames.dcm");
        var at = TagAt(file, 0x0002, 0x0010, from: 132);
        var length = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(at + 6));
        var text = "DOE^JANE"u8.ToArray().Concat(Enumerable.Repeat((byte)' ', length - 8)).ToArray();
        text.CopyTo(file, at + 8);
        var e = Refused(file);
        Assert.Contains("an unrecognised transfer syntax", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DOE", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Random damage anywhere in a valid file: mibg either reads it or refuses it with a ScanImageException.</summary>
    [Property(MaxTest = 300)]
    public bool Random_damage_never_escapes_as_another_exception(int seed)
    {
        var random = new Random(seed);
        var file = fixtures.Bytes(random.Next(2) == 0 ? "explicit16-2frames.dcm" : "implicit16-signed.dcm");
        var pixelStart = TagAt(file, 0x7FE0, 0x0010);
        for (var k = 0; k < 1 + random.Next(8); k++)
            file[random.Next(pixelStart + 12)] = (byte)random.Next(256); // damage the header, where the structure lives
        var dir = Directory.CreateTempSubdirectory("mibg-fuzz-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "f.dcm"), file);
            try
            {
                ScanImageReader.Read(dir, "f.dcm");
            }
            catch (ScanImageException)
            {
            }
            return true;
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
