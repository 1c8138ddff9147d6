namespace Mibg.Core.Plan;

/// <summary>Survival endpoints (INRG, Cohn et al., J Clin Oncol 2009), plan <c>endpoints.endpoints</c>.</summary>
public enum SurvivalEndpoint
{
    /// <summary>Event-free survival: relapse, progression, second malignancy or death. Code <c>efs</c>.</summary>
    Efs,
    /// <summary>Overall survival: death. Code <c>os</c>.</summary>
    Os,
}
