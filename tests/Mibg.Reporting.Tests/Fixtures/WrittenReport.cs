namespace Mibg.Reporting.Tests.Fixtures;

/// <summary>The fixture study's report, written once per test run into bin/.../gallery/report.</summary>
internal static class WrittenReport
{
    private static readonly Lazy<StudyReportFiles> Files = new(() =>
    {
        var dir = Path.Combine(Gallery.Directory, "report");
        if (System.IO.Directory.Exists(dir))
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }

        return StudyReport.Write(FixtureStudy.Results, dir, FixtureStudy.Options);
    });

    public static StudyReportFiles Get() => Files.Value;

    public static string Directory => Path.GetDirectoryName(Get().Html)!;
}
