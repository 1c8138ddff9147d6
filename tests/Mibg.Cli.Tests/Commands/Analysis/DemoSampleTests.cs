using Mibg.Analysis;
using Mibg.Analysis.Demo;
using Mibg.Storage.Reading;

namespace Mibg.Cli.Tests.Commands.Analysis;

/// <summary>samples/demo-study holds exactly the study the generator makes with the default seed (CSV and xlsx).</summary>
public class DemoSampleTests
{
    private static string Samples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "samples", "demo-study");
    }

    [Theory]
    [InlineData("")]
    [InlineData("demo-study.xlsx")]
    public void Committed_sample_is_the_generated_study(string file)
    {
        var read = StudyReader.Read(Path.Combine(Samples(), file));
        Assert.False(read.HasErrors, string.Join(Environment.NewLine, read.Diagnostics));
        Assert.Equal(StudyChecksum.Compute(DemoStudy.Generate(DemoStudy.DefaultSeed)), StudyChecksum.Compute(read.Study!));
    }
}
