namespace Mibg.Core.Plan;

/// <summary>Confidence interval of a proportion (plan <c>proportion_interval</c>); both are always reported.</summary>
public enum ProportionIntervalMethod
{
    /// <summary>Wilson score interval without continuity correction (R <c>prop.test(correct = FALSE)</c>). Code <c>wilson</c>.</summary>
    Wilson,
    /// <summary>Clopper–Pearson exact interval (R <c>binom.test</c>). Code <c>clopper_pearson</c>.</summary>
    ClopperPearson,
}
