using Mibg.Core.Study;

namespace Mibg.Storage.Reading;

/// <summary>The outcome of reading a study: the study when it has no error, and every diagnostic found.</summary>
/// <param name="Study">The validated study; null when any error was found.</param>
/// <param name="Diagnostics">Every problem found, by table then row.</param>
public sealed record StudyReadResult(StudyData? Study, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error (then <see cref="Study"/> is null).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
