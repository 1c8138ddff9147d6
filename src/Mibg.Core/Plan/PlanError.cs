namespace Mibg.Core.Plan;

/// <summary>One problem of a plan: the field (JSON path, e.g. <c>trial.power</c>) and what is wrong.</summary>
/// <param name="Field">Field path in snake_case, dot-separated.</param>
/// <param name="Message">What is wrong and the valid range.</param>
public sealed record PlanError(string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>A plan that cannot be used; <see cref="Errors"/> names every field at fault.</summary>
public sealed class InvalidPlanException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public InvalidPlanException(IReadOnlyList<PlanError> errors)
        : base("invalid analysis plan: " + string.Join("; ", errors)) => Errors = errors;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<PlanError> Errors { get; }
}
