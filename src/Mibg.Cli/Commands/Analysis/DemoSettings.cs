using System.ComponentModel;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>Options of <c>mibg demo [--out DIR] [--seed N]</c>.</summary>
internal sealed class DemoSettings : CommandSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Output folder (default ./mibg-demo): study files, embedded database, results.json and the report.")]
    [DefaultValue("mibg-demo")]
    public string Out { get; init; } = "mibg-demo";

    [CommandOption("--seed <N>")]
    [Description("Seed of the synthetic cohort (default 2024). Any seed reproduces the published figures; details differ.")]
    [DefaultValue(Mibg.Analysis.Demo.DemoStudy.DefaultSeed)]
    public int Seed { get; init; } = Mibg.Analysis.Demo.DemoStudy.DefaultSeed;

    [CommandOption("--xlsx")]
    [Description("Also write the study as an xlsx workbook (DIR/study/demo-study.xlsx; the default seed's is in samples/demo-study/).")]
    public bool Xlsx { get; init; }
}
