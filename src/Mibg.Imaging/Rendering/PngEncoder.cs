using System.Buffers.Binary;
using System.IO.Compression;

namespace Mibg.Imaging.Rendering;

/// <summary>
/// Writes an 8-bit greyscale PNG (ISO/IEC 15948) with the three critical chunks only — IHDR, IDAT, IEND — so that
/// no text, time or other ancillary chunk can carry anything but pixels to a reader.
/// </summary>
public static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PNG of <paramref name="grey"/> (row-major, <paramref name="width"/>×<paramref name="height"/>).</summary>
    public static byte[] Greyscale(ReadOnlySpan<byte> grey, int width, int height)
    {
        if (width < 1 || height < 1 || grey.Length != width * height) throw new ArgumentException("pixel count does not match the size", nameof(grey));
        using var output = new MemoryStream(grey.Length / 2 + 1024);
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bit depth
        header[9] = 0; // colour type: greyscale
        // compression 0, filter 0, interlace 0
        Chunk(output, "IHDR"u8, header);

        using var compressed = new MemoryStream(grey.Length / 2 + 64);
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            // Filter "Up" (type 2) on every row but the first: whole-body images are smooth vertically, and it is cheap.
            var row = new byte[width + 1];
            for (var y = 0; y < height; y++)
            {
                var line = grey.Slice(y * width, width);
                if (y == 0)
                {
                    row[0] = 0;
                    line.CopyTo(row.AsSpan(1));
                }
                else
                {
                    row[0] = 2;
                    var above = grey.Slice((y - 1) * width, width);
                    for (var x = 0; x < width; x++) row[x + 1] = (byte)(line[x] - above[x]);
                }
                z.Write(row);
            }
        }
        Chunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        Chunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    // CRC-32 (ISO 3309, polynomial 0xEDB88320), as PNG §5.5 specifies for every chunk.
    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB8_8320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static void Chunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, ~Crc(Crc(0xFFFF_FFFFu, type), data));
        output.Write(number);
    }
}
