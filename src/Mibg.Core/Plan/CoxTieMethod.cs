namespace Mibg.Core.Plan;

/// <summary>How tied event times enter a Cox partial likelihood (plan <c>cox.ties</c>; R <c>coxph(ties = )</c>).</summary>
public enum CoxTieMethod
{
    /// <summary>Efron's approximation, R's default. Code <c>efron</c>.</summary>
    Efron,
    /// <summary>Breslow's approximation. Code <c>breslow</c>.</summary>
    Breslow,
}
