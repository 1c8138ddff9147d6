using Mibg.Core.Scoring;

namespace Mibg.Web.Reading;

/// <summary>A read as a reader or adjudicator submits it, already checked.</summary>
/// <param name="Siopen">All 12 SIOPEN segments.</param>
/// <param name="SoftTissue">mIBG-avid soft-tissue sites (not part of the SIOPEN score).</param>
/// <param name="Curie">Curie score, all 10 regions, when given.</param>
/// <param name="Comment">Free text, at most <see cref="ReadInputParser.MaxCommentLength"/> characters.</param>
/// <param name="Reason">Why (consensus and amendment only).</param>
public sealed record ReadInput(SiopenScore Siopen, int? SoftTissue, CurieScore? Curie, string? Comment, string? Reason)
{
    /// <summary>Amendment: the version of the read it replaces (409 when the stored one differs); null = the current one.</summary>
    public int? Version { get; init; }

    /// <summary>Consensus: reader → version of each read it was made from (required; 409 when any changed).</summary>
    public IReadOnlyDictionary<string, int>? BasedOn { get; init; }

    /// <summary>
    /// A new read: false saves it as a draft, which the reader may amend until they finalise it; true or null (the
    /// default) submits it final. Only final reads are adjudicated (docs/security.md, "Blinding").
    /// </summary>
    public bool? Final { get; init; }
}

/// <summary>
/// A submitted read before checking: each value as its text (a JSON number's literal, or a form field).
/// </summary>
public sealed class RawReadInput
{
    /// <summary>Segment code → value text; null when the whole <c>siopen</c> object is missing.</summary>
    public Dictionary<string, string>? Siopen { get; set; }
    /// <summary>Soft-tissue count text; null or empty = not given.</summary>
    public string? SoftTissue { get; set; }
    /// <summary>Curie region code → value text; null = not given.</summary>
    public Dictionary<string, string>? Curie { get; set; }
    /// <summary>Comment.</summary>
    public string? Comment { get; set; }
    /// <summary>Reason.</summary>
    public string? Reason { get; set; }
    /// <summary>Version text of the read an amendment replaces; null = not given.</summary>
    public string? Version { get; set; }
    /// <summary>Whether a new read is final: true, false, or null = not given (final).</summary>
    public bool? Final { get; set; }
    /// <summary>Reader → version text of the reads a consensus was made from; null = not given.</summary>
    public Dictionary<string, string>? BasedOn { get; set; }
    /// <summary>Problems found while reading the request itself (unknown fields, wrong JSON types).</summary>
    public List<string> Problems { get; } = [];
}
