namespace Mibg.Core.Plan;

/// <summary>Formula for the events a two-arm log-rank trial needs (plan <c>trial.method</c>; docs/domain.md "Trial design").</summary>
public enum TrialSizingMethod
{
    /// <summary>Schoenfeld (1981). Code <c>schoenfeld</c>.</summary>
    Schoenfeld,
    /// <summary>Freedman (1982). Code <c>freedman</c>.</summary>
    Freedman,
}
