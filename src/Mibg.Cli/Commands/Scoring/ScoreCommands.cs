using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Scoring;

/// <summary>Registers <c>mibg score siopen|curie</c> (design/cli.md, "Scoring").</summary>
internal static class ScoreCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddBranch("score", score =>
        {
            score.SetDescription("Score one scan: SIOPEN (12 segments, 0–6) or Curie (10 regions, 0–3), with INRC 2017 bone response against a baseline.");
            score.AddCommand<SiopenScoreCommand>("siopen")
                .WithDescription("SIOPEN skeletal score from 12 segment scores in the published order (skull … distal left lower limb).")
                .WithExample("score", "siopen", "0", "2", "0", "0", "0", "0", "3", "1", "0", "0", "0", "0")
                .WithExample("score", "siopen", "0", "1", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "--baseline", "0", "2", "0", "0", "0", "0", "3", "1", "0", "0", "0", "0", "--json")
                .WithExample("score", "siopen", "0", "0", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0", "--baseline", "0", "2", "0", "0", "0", "0", "3", "1", "0", "0", "0", "0", "--previous", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
            score.AddCommand<CurieScoreCommand>("curie")
                .WithDescription("Curie score from 10 region scores (head … lower legs/feet, soft tissue).")
                .WithExample("score", "curie", "1", "0", "2", "0", "1", "0", "0", "0", "0", "0", "--json");
            score.AddCommand<InrcCommand>("inrc")
                .WithDescription("INRC 2017 overall response (CR, PR, MR, SD, PD) from the primary tumour, bone marrow and metastases responses (Park et al., JCO 2017, Table 5).")
                .WithExample("score", "inrc", "--primary", "PR", "--marrow", "MD", "--metastases", "SD", "--json");
        });
    }

    /// <summary>
    /// Spectre.Console.Cli gives an option one value per occurrence; cli.md writes <c>--baseline B1 … B12</c> and
    /// <c>--previous P1 … P12</c>. Joins the values that follow either into one comma-separated value before parsing.
    /// </summary>
    public static string[] NormalizeBaselineArguments(string[] args)
    {
        if (args.Length == 0 || args[0] != "score") return args;
        var result = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            result.Add(args[i]);
            if (args[i] is not ("--baseline" or "--previous")) continue;
            var values = new List<string>();
            while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                values.Add(args[++i]);
            result.Add(string.Join(',', values));
        }
        return [.. result];
    }
}
