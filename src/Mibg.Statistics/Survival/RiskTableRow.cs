namespace Mibg.Statistics.Survival;

/// <summary>One column of the number-at-risk table under a Kaplan–Meier plot.</summary>
/// <param name="Time">The time shown on the axis.</param>
/// <param name="NRisk">Subjects still at risk at <paramref name="Time"/> (time ≥ t).</param>
/// <param name="Events">Cumulative events with time ≤ t.</param>
/// <param name="Censored">Cumulative censorings with time ≤ t.</param>
public sealed record RiskTableRow(double Time, int NRisk, int Events, int Censored);
