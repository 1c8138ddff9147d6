using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Analysis;

/// <summary>Registers <c>mibg plan</c>, <c>mibg analyze</c> and <c>mibg demo</c> (design/cli.md, "Study work").</summary>
internal static class AnalysisCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<PlanCommand>("plan")
            .WithDescription("Print the default analysis plan (the seed study's design) as JSON, describe its fields, or check a plan file.")
            .WithExample("plan", "--default")
            .WithExample("plan", "--describe")
            .WithExample("plan", "--check", "samples/plan.json");
        config.AddCommand<AnalyzeCommand>("analyze")
            .WithDescription("Run an analysis plan over a study (file or store) and write results.json and the report to DIR.")
            .WithExample("analyze", "samples/small-study/small-study.xlsx", "--out", "results")
            .WithExample("analyze", "--store", "mibg.db", "--plan", "samples/plan.json", "--out", "results-from-store", "--json");
        config.AddCommand<DemoCommand>("demo")
            .WithDescription("Build the synthetic demo study (reproducing the seed study's published figures), store it in an embedded database, run the default plan and write the report.")
            .WithExample("demo")
            .WithExample("demo", "--out", "mibg-demo-seed-7", "--seed", "7");
    }
}
