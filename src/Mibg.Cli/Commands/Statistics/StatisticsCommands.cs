using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Registers the statistics commands of design/cli.md.</summary>
internal static class StatisticsCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<KaplanMeierCommand>("km")
            .WithDescription("Kaplan–Meier survival curves (Greenwood SE, R's survfit intervals, median with CI, reverse-KM median follow-up).")
            .WithExample("km", "samples/survival.csv", "--time", "time", "--event", "status", "--group", "persistent", "--plot", "survival-km.png")
            .WithExample("km", "samples/survival.csv", "--time", "time", "--event", "status", "--group", "sex", "--conf-type", "log-log", "--json");
        config.AddCommand<LogRankCommand>("logrank")
            .WithDescription("Log-rank (or Fleming–Harrington G-rho) test between groups, optionally stratified; as R's survdiff.")
            .WithExample("logrank", "samples/survival.csv", "--time", "time", "--event", "status", "--group", "persistent")
            .WithExample("logrank", "samples/survival.csv", "--time", "time", "--event", "status", "--group", "persistent", "--strata", "sex", "--pairwise", "--json");
        config.AddCommand<CoxCommand>("cox")
            .WithDescription("Cox proportional-hazards regression (Efron or Breslow ties, factors, strata), with LR/Wald/score tests, Harrell's C and optional cox.zph; as R's summary(coxph).")
            .WithExample("cox", "samples/survival.csv", "--time", "time", "--event", "status", "--covariates", "age,persistent", "--factor", "persistent")
            .WithExample("cox", "samples/survival.csv", "--time", "time", "--event", "status", "--covariates", "age,sex,persistent", "--factor", "sex,persistent", "--zph", "--json");
        config.AddCommand<CumulativeIncidenceCommand>("cuminc")
            .WithDescription("Cumulative incidence with competing risks (Aalen–Johansen) per cause and group, with variance and Gray's test; as R's cmprsk::cuminc.")
            .WithExample("cuminc", "samples/survival.csv", "--time", "time", "--event", "cause", "--group", "persistent", "--at", "1,2,5")
            .WithExample("cuminc", "samples/survival.csv", "--time", "time", "--event", "cause", "--group", "persistent", "--plot", "survival-cif.png", "--json");
        config.AddCommand<FineGrayCommand>("finegray")
            .WithDescription("Fine–Gray subdistribution-hazards regression for one cause with competing causes; as R's cmprsk::crr.")
            .WithExample("finegray", "samples/survival.csv", "--time", "time", "--event", "cause", "--cause", "1", "--covariates", "age,persistent_uptake");
        config.AddCommand<AgreementCommand>("agreement")
            .WithDescription("Inter-rater agreement: six Shrout–Fleiss ICCs (as psych::ICC), Cohen's kappa and Bland–Altman for two raters.")
            .WithExample("agreement", "samples/agreement.csv", "--raters", "R1,R2", "--levels", "0..6")
            .WithExample("agreement", "--study", "samples/small-study");
    }
}
