namespace Mibg.Cli.Tests.Commands.Statistics;

/// <summary>Reference inputs (tests/Mibg.Statistics.Tests/Reference) and scratch files for the statistics command tests.</summary>
internal static class StatisticsFiles
{
    public static string Reference(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Mibg.slnx")))
                return Path.Combine(dir.FullName, "tests", "Mibg.Statistics.Tests", "Reference", relative);
        throw new DirectoryNotFoundException("Mibg.slnx not found above the test binaries.");
    }

    /// <summary>Writes <paramref name="text"/> to a new temporary file with the given extension.</summary>
    public static string Scratch(string text, string extension = ".csv")
    {
        var path = Path.Combine(Path.GetTempPath(), $"mibg-stats-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, text);
        return path;
    }
}
