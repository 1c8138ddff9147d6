using Mibg.Cli.Infrastructure;
using Mibg.Statistics.Trial;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Trial;

/// <summary><c>mibg trial feasibility</c>: how long accrual takes with a given network of centres.</summary>
internal sealed class TrialFeasibilityCommand(CliOutput output) : Command<TrialFeasibilitySettings>
{
    public override int Execute(CommandContext context, TrialFeasibilitySettings settings, CancellationToken cancellationToken)
    {
        var subjects = TrialOptionValues.RequiredCount(settings.Subjects, "--subjects", "the number of patients to enrol, e.g. 167");
        var eligible = TrialOptionValues.Required(settings.EligiblePerCenterYear, "--eligible-per-center-year", "eligible patients per centre and year, e.g. 1.5");
        var centers = TrialOptionValues.RequiredCount(settings.Centers, "--centers", "the number of participating centres, e.g. 10");
        var consent = TrialOptionValues.Optional(settings.Consent, "--consent") ?? 1;
        var accrual = TrialOptionValues.Checked(() => TrialFeasibility.Accrual(subjects, eligible, centers, consent));
        if (settings.Json)
        {
            CliJson.Write(output, new Dictionary<string, object?>
            {
                ["subjects"] = accrual.Subjects,
                ["centers"] = accrual.Centers,
                ["patients_per_year"] = accrual.PatientsPerYear,
                ["accrual_years"] = accrual.AccrualYears,
            });
            return ExitCodes.Success;
        }

        var console = output.Console;
        console.MarkupLine($"[bold]{subjects} patients[/], {centers} centres × {TrialOptionValues.Format(eligible)} eligible per centre-year × consent {TrialOptionValues.Format(consent)}: " +
                           $"{TrialOptionValues.Format(accrual.PatientsPerYear)} patients per year, accrual [bold]{TrialOptionValues.Format(accrual.AccrualYears, 1)} years[/].");
        var byCentres = new Table().Title("Accrual by number of centres").AddColumn("centres")
            .AddColumn(new TableColumn("patients per year").RightAligned()).AddColumn(new TableColumn("accrual years").RightAligned());
        foreach (var c in TrialFeasibility.StandardCenterCounts)
        {
            var a = TrialFeasibility.Accrual(subjects, eligible, c, consent);
            byCentres.AddRow(c.ToString(System.Globalization.CultureInfo.InvariantCulture), TrialOptionValues.Format(a.PatientsPerYear), TrialOptionValues.Format(a.AccrualYears, 1));
        }
        console.Write(byCentres);

        var t = SensitivityGrid.Template;
        var grid = new Table()
            .Title($"Patients (accrual years) needed at {TrialOptionValues.Format(accrual.PatientsPerYear)} patients/year")
            .Caption($"Schoenfeld, {TrialOptionValues.Format(t.Power * 100)}% power, two-sided α {TrialOptionValues.Format(t.Alpha)}, 1:1, minimum follow-up {TrialOptionValues.Format(t.FollowupYears)} years, accrual solved so that rate × accrual = patients")
            .AddColumn("HR");
        foreach (var s in SensitivityGrid.ControlSurvivals)
            grid.AddColumn(new TableColumn($"control {TrialOptionValues.Format(SensitivityGrid.SurvivalAtYears)}-y EFS {TrialOptionValues.Format(s * 100)}%").RightAligned());
        var cells = SensitivityGrid.Compute(accrual.PatientsPerYear);
        foreach (var hr in SensitivityGrid.HazardRatios)
        {
            var row = new List<string> { TrialOptionValues.Format(hr) };
            row.AddRange(cells.Where(x => x.HazardRatio == hr).Select(x =>
                x.AccrualYears is { } y ? $"{x.SubjectsRequired} ({TrialOptionValues.Format(y, 1)} y)" : "not feasible"));
            grid.AddRow(row.ToArray());
        }
        console.Write(grid);
        return ExitCodes.Success;
    }
}
