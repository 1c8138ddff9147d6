using System.Buffers;
using System.Text.Unicode;
using Mibg.Storage.Reading;

namespace Mibg.Storage.Tables;

/// <summary>Locates the bytes of a file that are not UTF-8, one problem per line that holds them (at most 100).</summary>
internal static class Utf8Problems
{
    public static IReadOnlyList<TableProblem> Of(string path)
    {
        ReadOnlySpan<byte> bytes = File.ReadAllBytes(path);
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var problems = new List<TableProblem>();
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            var line = 1;
            var lastReportedLine = 0;
            while (offset < bytes.Length && problems.Count < 100)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                line += bytes.Slice(offset, read).Count((byte)'\n');
                offset += read;
                if (status != OperationStatus.InvalidData) continue;
                if (line != lastReportedLine)
                {
                    problems.Add(new TableProblem(line, DiagnosticCodes.NotUtf8,
                        $"byte 0x{bytes[offset]:X2} is not UTF-8 (the file looks saved as Windows-1252/Latin-1, e.g. by an older Excel); save it as \"CSV UTF-8 (Comma delimited)\""));
                    lastReportedLine = line;
                }
                if (bytes[offset] == (byte)'\n') line++;
                offset++;
            }
            return problems;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
