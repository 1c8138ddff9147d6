using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Registers the statistics commands of design/cli.md.</summary>
internal static class StatisticsCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<KaplanMeierCommand>("km")
            .WithDescription("Kaplan–Meier survival curves (Greenwood SE, R's survfit intervals, median with CI, reverse-KM median follow-up).")
            .WithExample("km", "lung.csv", "--time", "time", "--event", "status", "--group", "sex", "--plot", "lung-km.png")
            .WithExample("km", "aml.csv", "--time", "time", "--event", "status", "--group", "x", "--conf-type", "log-log", "--json");
        config.AddCommand<LogRankCommand>("logrank")
            .WithDescription("Log-rank (or Fleming–Harrington G-rho) test between groups, optionally stratified; as R's survdiff.")
            .WithExample("logrank", "lung.csv", "--time", "time", "--event", "status", "--group", "sex")
            .WithExample("logrank", "veteran.csv", "--time", "time", "--event", "status", "--group", "celltype", "--strata", "trt", "--pairwise", "--json");
        config.AddCommand<CoxCommand>("cox")
            .WithDescription("Cox proportional-hazards regression (Efron or Breslow ties, factors, strata), with LR/Wald/score tests, Harrell's C and optional cox.zph; as R's summary(coxph).")
            .WithExample("cox", "lung.csv", "--time", "time", "--event", "status", "--covariates", "age,sex")
            .WithExample("cox", "veteran.csv", "--time", "time", "--event", "status", "--covariates", "trt,celltype,karno", "--factor", "celltype", "--zph", "--json");
        config.AddCommand<CumulativeIncidenceCommand>("cuminc")
            .WithDescription("Cumulative incidence with competing risks (Aalen–Johansen) per cause and group, with variance and Gray's test; as R's cmprsk::cuminc.")
            .WithExample("cuminc", "pbc-competing.csv", "--time", "time", "--event", "status", "--group", "trt", "--at", "1000,2000,3000")
            .WithExample("cuminc", "relapses.csv", "--time", "years", "--event", "first_event", "--group", "persistent", "--plot", "cif.png", "--json");
        config.AddCommand<FineGrayCommand>("finegray")
            .WithDescription("Fine–Gray subdistribution-hazards regression for one cause with competing causes; as R's cmprsk::crr.")
            .WithExample("finegray", "pbc-competing.csv", "--time", "time", "--event", "status", "--cause", "2", "--covariates", "age,female,bili,albumin");
        config.AddCommand<AgreementCommand>("agreement")
            .WithDescription("Inter-rater agreement: six Shrout–Fleiss ICCs (as psych::ICC), Cohen's kappa and Bland–Altman for two raters.")
            .WithExample("agreement", "reads.csv", "--raters", "reader_1,reader_2", "--levels", "0..6");
    }
}
