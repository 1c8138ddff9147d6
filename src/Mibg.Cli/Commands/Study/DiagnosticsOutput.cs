using Mibg.Cli.Infrastructure;
using Mibg.Storage;
using Mibg.Storage.Reading;

namespace Mibg.Cli.Commands.Study;

/// <summary>How the study commands print diagnostics: one per line on stderr, then a count.</summary>
internal static class DiagnosticsOutput
{
    public static void Print(CliOutput output, StudyReadResult result)
    {
        foreach (var d in result.Diagnostics) output.Err.WriteLine(d.ToString());
        if (result.Diagnostics.Count > 0)
            output.Err.WriteLine($"{Plural(result.ErrorCount, "error")}, {Plural(result.WarningCount, "warning")}");
        output.Err.Flush();
    }

    /// <summary>The JSON form of a diagnostic (the same fields as the text form).</summary>
    public static object Json(Diagnostic d) => new
    {
        file = d.File,
        row = d.Row,
        column = d.Column,
        severity = d.IsError ? "error" : "warning",
        code = d.Code,
        message = d.Message,
    };

    public static object Json(StudyCounts c) => new
    {
        patients = c.Patients, scans = c.Scans, reads = c.Reads, events = c.Events,
        radiotherapy = c.RadiotherapyCourses, assessments = c.Assessments,
    };

    public static StudyCounts Counts(Core.Study.StudyData s) => new(s.Patients.Count, s.Scans.Count, s.Reads.Count, s.Events.Count)
    {
        RadiotherapyCourses = s.Radiotherapy.Count, Assessments = s.Assessments.Count,
    };

    public static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
