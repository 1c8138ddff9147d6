namespace Mibg.Storage.Workstation;

/// <summary>
/// What a workstation account may do (design/product.md, "Users and their jobs").
/// </summary>
public enum WorkstationRole
{
    /// <summary>Manages accounts and assignments, reads the audit log and the agreement dashboard. Code <c>admin</c>.</summary>
    Admin,
    /// <summary>Scores the scans assigned to them, blind to other readers and to outcome. Code <c>reader</c>.</summary>
    Reader,
    /// <summary>Resolves disagreements once every reader has submitted. Code <c>adjudicator</c>.</summary>
    Adjudicator,
    /// <summary>Sees the agreement dashboard. Code <c>analyst</c>.</summary>
    Analyst,
}

/// <summary>Codes of <see cref="WorkstationRole"/> as typed on the command line and stored.</summary>
public static class WorkstationRoles
{
    /// <summary>All roles.</summary>
    public static IReadOnlyList<WorkstationRole> All { get; } = Enum.GetValues<WorkstationRole>();

    /// <summary>The code of a role, e.g. <c>adjudicator</c>.</summary>
    public static string Code(this WorkstationRole role) => role switch
    {
        WorkstationRole.Admin => "admin",
        WorkstationRole.Reader => "reader",
        WorkstationRole.Adjudicator => "adjudicator",
        WorkstationRole.Analyst => "analyst",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Parses a role code (exact, lower case); null when unknown.</summary>
    public static WorkstationRole? Parse(string code) =>
        All.Cast<WorkstationRole?>().FirstOrDefault(r => r!.Value.Code() == code);
}
