using Mibg.Core.Scoring;

namespace Mibg.Core.Study;

/// <summary>One reader's scoring of one scan (design/data-dictionary.md, table <c>reads</c>).</summary>
public sealed record Read
{
    /// <summary>Reader code of the adjudicated read.</summary>
    public const string ConsensusReader = "consensus";

    /// <summary>The scan read.</summary>
    public required string ScanId { get; init; }
    /// <summary>Reader code (e.g. <c>R1</c>), or <c>consensus</c>.</summary>
    public required string Reader { get; init; }
    /// <summary>Date of the read.</summary>
    public DateOnly? ReadDate { get; init; }
    /// <summary>The SIOPEN skeletal score (all 12 segments).</summary>
    public required SiopenScore Siopen { get; init; }
    /// <summary>Number of mIBG-avid soft-tissue sites (not part of the SIOPEN score).</summary>
    public int? SoftTissue { get; init; }
    /// <summary>Curie score, when the study reads it.</summary>
    public CurieScore? Curie { get; init; }
    /// <summary>Free-text comment.</summary>
    public string? Comment { get; init; }
    /// <summary>Unknown columns kept as extra attributes.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = EmptyExtra.Value;

    /// <summary>Whether this is the adjudicated consensus read.</summary>
    public bool IsConsensus => Reader == ConsensusReader;
}
