using Mibg.Analysis.Results;
using Mibg.Cli.Infrastructure;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>
/// Writes an analysis to its output folder: results.json (written to a temporary file, then moved into place, so a
/// failure never leaves a half-written file) and, once the report renderer is available, the report.
/// </summary>
internal static class AnalysisOutput
{
    public const string ResultsFile = "results.json";

    /// <summary>Writes the outputs; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(StudyResults results, string outDir)
    {
        try
        {
            Directory.CreateDirectory(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"{outDir}: cannot create the output folder ({e.Message})");
        }
        var path = Path.Combine(outDir, ResultsFile);
        var temp = path + ".tmp";
        File.WriteAllText(temp, ResultsJson.Serialize(results));
        File.Move(temp, path, overwrite: true);
        var written = new List<string> { path };
        written.AddRange(ReportRendering.Write(results, outDir));
        return written;
    }
}
