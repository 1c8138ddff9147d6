using Mibg.Core.Plan;

namespace Mibg.Analysis.Results;

/// <summary>What is needed to reproduce an analysis: the plan, the data's checksum, the program's version.</summary>
public sealed record Reproducibility
{
    /// <summary>The analysis plan as run.</summary>
    public required AnalysisPlan Plan { get; init; }
    /// <summary>SHA-256 (lower-case hex) of the study's canonical text (<see cref="StudyChecksumMethod"/>).</summary>
    public required string StudySha256 { get; init; }
    /// <summary>How the checksum was computed.</summary>
    public required string StudyChecksumMethod { get; init; }
    /// <summary>mibg version (assembly informational version).</summary>
    public required string MibgVersion { get; init; }
}
