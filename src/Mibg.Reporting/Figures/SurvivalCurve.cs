namespace Mibg.Reporting.Figures;

/// <summary>One step of a Kaplan–Meier estimate, as <c>summary(survfit, censored = TRUE)</c> lists it.</summary>
/// <param name="Time">Time of the step (years from the origin).</param>
/// <param name="AtRisk">Number at risk just before <paramref name="Time"/>.</param>
/// <param name="Events">Events at <paramref name="Time"/>.</param>
/// <param name="Censored">Censored at <paramref name="Time"/> (drawn as + marks).</param>
/// <param name="Survival">S(t) just after <paramref name="Time"/>, 0..1.</param>
/// <param name="Lower">Lower confidence limit of S(t), or null when undefined.</param>
/// <param name="Upper">Upper confidence limit of S(t), or null when undefined.</param>
public sealed record SurvivalStep(double Time, int AtRisk, int Events, int Censored, double Survival, double? Lower, double? Upper);

/// <summary>One stratum's Kaplan–Meier curve.</summary>
/// <param name="Label">Legend and at-risk row label, e.g. "Persistent".</param>
/// <param name="N">Patients in the stratum (the number at risk at time 0).</param>
/// <param name="Steps">Steps drawn, in increasing time; may be empty when the stratum has no follow-up.</param>
/// <param name="Median">Median survival time, or null when not reached.</param>
public sealed record SurvivalCurve(string Label, int N, IReadOnlyList<SurvivalStep> Steps, double? Median)
{
    /// <summary>
    /// Every step of the estimate (with censored times), when the drawn <see cref="Steps"/> stop early (a curve cut
    /// where few remain at risk): the numbers at risk keep counting the patients still followed after the drawn
    /// curve ends, never a false 0. Null: the drawn steps are all the steps.
    /// </summary>
    public IReadOnlyList<SurvivalStep>? AllSteps { get; init; }

    /// <summary>
    /// Number at risk at <paramref name="time"/>: those whose time is ≥ <paramref name="time"/>, i.e. the
    /// at-risk count of the first step at or after it in <see cref="AllSteps"/> (N at 0; 0 after the last step).
    /// </summary>
    public int AtRiskAt(double time)
    {
        if (time <= 0)
        {
            return N;
        }

        foreach (var step in AllSteps ?? Steps)
        {
            if (step.Time >= time - 1e-12)
            {
                return step.AtRisk;
            }
        }

        return 0;
    }
}

/// <summary>A survival plot: curves to compare, axis titles and the log-rank p.</summary>
/// <param name="Name">File stem, e.g. <c>km-efs-persistence</c>.</param>
/// <param name="Caption">Figure caption.</param>
/// <param name="YTitle">e.g. "Event-free survival".</param>
/// <param name="XTitle">e.g. "Years from post-HDC scan".</param>
/// <param name="Curves">One curve per group, in legend order.</param>
/// <param name="LogRankP">Log-rank p, or null with a single group.</param>
public sealed record SurvivalPlot(string Name, string Caption, string YTitle, string XTitle,
    IReadOnlyList<SurvivalCurve> Curves, double? LogRankP);
