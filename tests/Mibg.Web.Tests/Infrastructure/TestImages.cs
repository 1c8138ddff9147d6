using System.IO.Compression;

namespace Mibg.Web.Tests.Infrastructure;

/// <summary>Writes small grayscale PNG files (a synthetic whole-body mIBG-like picture) for the image tests.</summary>
public static class TestImages
{
    /// <summary>A 160×360 grayscale PNG: a body outline with a few dark "uptake" spots.</summary>
    public static byte[] WholeBodyPng()
    {
        const int w = 160, h = 360;
        var pixels = new byte[h, w];
        (double X, double Y, double Rx, double Ry, int Shade)[] blobs =
        [
            (80, 30, 22, 26, 150), (80, 110, 34, 55, 175), (80, 200, 30, 22, 170), (45, 120, 9, 50, 185), (115, 120, 9, 50, 185),
            (66, 280, 12, 70, 185), (94, 280, 12, 70, 185), (80, 95, 5, 5, 20), (66, 250, 4, 4, 30), (80, 30, 4, 4, 60),
        ];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var v = 255;
                foreach (var b in blobs)
                {
                    var d = Math.Pow((x - b.X) / b.Rx, 2) + Math.Pow((y - b.Y) / b.Ry, 2);
                    if (d <= 1) v = Math.Min(v, b.Shade);
                }
                pixels[y, x] = (byte)v;
            }
        using var raw = new MemoryStream();
        for (var y = 0; y < h; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < w; x++) raw.WriteByte(pixels[y, x]);
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, w);
        WriteBigEndian(header, 4, h);
        header[8] = 8; // bit depth
        header[9] = 0; // grayscale
        Chunk(png, "IHDR", header);
        using (var z = new MemoryStream())
        {
            using (var zs = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true)) raw.WriteTo(zs);
            Chunk(png, "IDAT", z.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var len = new byte[4];
        WriteBigEndian(len, 0, data.Length);
        s.Write(len);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        s.Write(typeBytes);
        s.Write(data);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, (int)Crc32([.. typeBytes, .. data]));
        s.Write(crc);
    }

    private static void WriteBigEndian(byte[] b, int at, int v)
    {
        b[at] = (byte)(v >> 24); b[at + 1] = (byte)(v >> 16); b[at + 2] = (byte)(v >> 8); b[at + 3] = (byte)v;
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var d in data)
        {
            crc ^= d;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
