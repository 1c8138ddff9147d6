using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Trial;

/// <summary>Registers the trial commands of design/cli.md ("Trial design").</summary>
internal static class TrialCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddBranch("trial", trial =>
        {
            trial.SetDescription("Design a randomised trial of EFS: events and patients (rpact-compatible), accrual feasibility, simulated power.");
            trial.AddCommand<TrialSizeCommand>("size")
                .WithDescription("Events (Schoenfeld or Freedman) and patients for a two-arm log-rank comparison of exponential EFS with uniform accrual, follow-up and dropout.")
                .WithExample("trial", "size", "--hr", "0.6", "--power", "0.8", "--alpha", "0.05", "--control-median", "2", "--accrual-years", "4", "--followup-years", "3")
                .WithExample("trial", "size", "--hr", "0.65", "--power", "0.8", "--alpha", "0.05", "--method", "freedman", "--allocation", "2", "--control-survival", "0.4", "--at", "3", "--accrual-years", "5", "--followup-years", "2", "--dropout", "0.05", "--json");
            trial.AddCommand<TrialFeasibilityCommand>("feasibility")
                .WithDescription("Accrual years for a number of patients given eligible patients per centre-year, centres and consent; tables by centres and by HR × control EFS.")
                .WithExample("trial", "feasibility", "--subjects", "167", "--eligible-per-center-year", "1.2", "--centers", "10", "--consent", "0.8");
            trial.AddCommand<TrialSimulateCommand>("simulate")
                .WithDescription("Monte Carlo power of a design (log-rank test per simulated trial); sized as 'trial size' unless --subjects/--events are given.")
                .WithExample("trial", "simulate", "--hr", "0.6", "--power", "0.8", "--alpha", "0.05", "--control-median", "2", "--accrual-years", "4", "--followup-years", "3", "--trials", "10000", "--seed", "1");
        });
    }
}
