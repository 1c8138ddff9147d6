using System.Globalization;
using System.Text;
using Mibg.Statistics.Trial;

namespace Mibg.Analysis.Trial;

/// <summary>
/// Writes the sample-size and feasibility paragraph of a randomised trial protocol from the design assumptions and the
/// cohort's own incidence of persistent oligo-skeletal disease (design/domain.md, "Trial design"): events and patients
/// as <c>mibg trial size</c>, accrual years as <c>mibg trial feasibility</c>, and power checked by
/// <c>mibg trial simulate</c>.
/// </summary>
public static class TrialProtocolParagraph
{
    /// <summary>Computes the numbers and the paragraph; throws <see cref="TrialDesignException"/> for a value out of range.</summary>
    public static TrialProtocolSection Build(TrialProtocolInputs inputs, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var design = inputs.ToDesign();
        if (!(inputs.OligoSkeletalIncidence > 0 && inputs.OligoSkeletalIncidence <= 1))
            throw new TrialDesignException("oligo-incidence", $"the share with persistent oligo-skeletal uptake must be in (0, 1]; got {F(inputs.OligoSkeletalIncidence, 3)}");
        if (!(inputs.StageMPatientsPerCenterYear > 0))
            throw new TrialDesignException("stage-m-per-center-year", $"the stage M patients per centre and year must be positive; got {F(inputs.StageMPatientsPerCenterYear, 3)}");
        var size = TrialSize.Compute(design);
        var eligible = inputs.StageMPatientsPerCenterYear * inputs.OligoSkeletalIncidence;
        var accrual = TrialFeasibility.StandardCenterCounts
            .Select(c => TrialFeasibility.Accrual(size.SubjectsRequired, eligible, c, inputs.ConsentRate)).ToList();
        var perCentre = eligible * inputs.ConsentRate;
        var centres = (int)Math.Ceiling(size.SubjectsRequired / (perCentre * design.AccrualYears) - 1e-9);
        var simulation = TrialSimulation.Run(new SimulationPlan
        {
            Design = design, Subjects = size.SubjectsRequired, Events = size.EventsRequired, Trials = inputs.SimulatedTrials, Seed = inputs.Seed,
        }, progress);
        var text = Write(inputs, design, size, perCentre, accrual, centres, simulation);
        return new TrialProtocolSection(design, size, eligible, accrual, centres, simulation, text);
    }

    private static string Write(TrialProtocolInputs inputs, TrialDesign design, TrialSizeResult size, double perCentre,
        IReadOnlyList<AccrualScenario> accrual, int centres, SimulationResult simulation)
    {
        var controlMedian = design.Control.MedianYears;
        var experimentalMedian = Math.Log(2) / design.ExperimentalHazard;
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture,
            $"The primary end point is event-free survival (EFS) from randomisation, compared between arms with a two-sided log-rank test at α = {F(design.Alpha, 3)}. ");
        var controlText = inputs.ControlMedianYears is not null
            ? $"a median EFS of {F(controlMedian, 1)} years in the control arm"
            : $"a {F(inputs.ControlSurvivalAtYears!.Value, 1)}-year EFS of {Pct(inputs.ControlSurvival!.Value)} in the control arm (median {F(controlMedian, 1)} years)";
        var experimentalText = inputs.ControlMedianYears is not null
            ? $"median {F(experimentalMedian, 1)} years"
            : $"{F(inputs.ControlSurvivalAtYears!.Value, 1)}-year EFS {Pct(Math.Exp(-design.ExperimentalHazard * inputs.ControlSurvivalAtYears!.Value))}, median {F(experimentalMedian, 1)} years";
        s.Append(CultureInfo.InvariantCulture,
            $"Assuming exponential EFS with {controlText} and a hazard ratio of {F(design.HazardRatio, 2)} for the experimental arm ({experimentalText}), ");
        s.Append(CultureInfo.InvariantCulture,
            $"{size.EventsRequired} events are needed for {Pct(design.Power)} power ({design.Method} method, {Allocation(design.Allocation)} allocation experimental:control). ");
        var dropoutText = design.Dropout > 0 ? $" and {Pct(design.Dropout)} dropout per year in each arm" : "";
        s.Append(CultureInfo.InvariantCulture,
            $"With uniform accrual over {F(design.AccrualYears, 1)} years, a minimum follow-up of {F(design.FollowupYears, 1)} years{dropoutText}, ");
        s.Append(CultureInfo.InvariantCulture,
            $"the probability of observing an event by the final analysis is {F(size.ProbabilityOfEvent, 2)}, so {size.SubjectsRequired} patients are to be randomised; the final analysis takes place at the {Ordinal(size.EventsRequired)} event. ");
        s.Append(CultureInfo.InvariantCulture,
            $"In {simulation.Trials.ToString("N0", CultureInfo.InvariantCulture)} simulated trials of this design, the log-rank test was significant in favour of the experimental arm in {Pct(simulation.Power, 1)} (Monte Carlo standard error {Pct(simulation.PowerSe, 1)}; {Pct(simulation.AnalyticPower, 1)} expected from the formula). ");
        var cohort = inputs is { OligoSkeletalPatients: { } k, EvaluablePatients: { } n }
            ? $"In our cohort, {k} of {n} stage M patients ({Pct(inputs.OligoSkeletalIncidence)})"
            : $"In our cohort, {Pct(inputs.OligoSkeletalIncidence)} of stage M patients";
        s.Append(CultureInfo.InvariantCulture,
            $"{cohort} had persistent oligo-skeletal mIBG uptake after high-dose chemotherapy; with {F(inputs.StageMPatientsPerCenterYear, 1)} stage M patients per centre and year and a consent rate of {Pct(inputs.ConsentRate)}, each centre would enrol {F(perCentre, 2)} patients per year. ");
        var years = string.Join(", ", accrual.Take(accrual.Count - 1).Select(a => $"{F(a.AccrualYears, 1)} years with {Centres(a.Centers)}"));
        var last = accrual[^1];
        s.Append(CultureInfo.InvariantCulture,
            $"Accrual of {size.SubjectsRequired} patients would take {years} and {F(last.AccrualYears, 1)} years with {Centres(last.Centers)}; ");
        s.Append(CultureInfo.InvariantCulture,
            $"at least {Centres(centres)} are needed to complete accrual within the planned {F(design.AccrualYears, 1)} years.");
        return s.ToString();
    }

    private static string Centres(int n) => n == 1 ? "1 centre" : $"{n.ToString(CultureInfo.InvariantCulture)} centres";

    private static string Allocation(double k) => k == 1 ? "1:1" : $"{F(k, 2)}:1";

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string F(double value, int decimals) => value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    private static string Pct(double proportion, int decimals = 0) =>
        (proportion * 100).ToString(decimals == 0 ? "0.#" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
