using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Mibg.Storage.Export;

/// <summary>
/// Makes a workbook written by MiniExcel byte-reproducible: the random relationship ids (<c>R</c> + 32 hex
/// digits) become <c>rId1</c>, <c>rId2</c>, … in order of first appearance, and every zip entry gets the same
/// fixed time stamp. The same study then always exports to the same bytes.
/// </summary>
internal static partial class DeterministicXlsx
{
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Rewrite(string source, string destination)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var input = ZipFile.OpenRead(source);
        using var output = ZipFile.Open(destination, ZipArchiveMode.Create);
        foreach (var entry in input.Entries)
        {
            byte[] bytes;
            using (var s = entry.Open())
            using (var m = new MemoryStream())
            {
                s.CopyTo(m);
                bytes = m.ToArray();
            }
            if (entry.FullName is "xl/_rels/workbook.xml.rels" or "xl/workbook.xml")
            {
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                text = RandomId().Replace(text, m =>
                {
                    if (!ids.TryGetValue(m.Value, out var id)) ids[m.Value] = id = "rId" + (ids.Count + 1);
                    return id;
                });
                bytes = System.Text.Encoding.UTF8.GetBytes(text);
            }
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var target = copy.Open();
            target.Write(bytes);
        }
    }

    [GeneratedRegex("R[0-9a-f]{32}")]
    private static partial Regex RandomId();
}
