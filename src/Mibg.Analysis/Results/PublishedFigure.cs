namespace Mibg.Analysis.Results;

/// <summary>
/// One figure of the seed study's abstract set against the value computed here (design/analysis.md step 11).
/// <see cref="Match"/> compares at the published precision; <see cref="Note"/> says where the figure lives in
/// results.json and, for a mismatch, why.
/// </summary>
/// <param name="Figure">What the figure is, e.g. "persistent uptake after HDC".</param>
/// <param name="Published">As published, e.g. "30/201 (15%)".</param>
/// <param name="Computed">As computed, same format.</param>
/// <param name="Match">Whether they agree at the published precision.</param>
/// <param name="Note">Location in results.json (e.g. <c>scores: persistent_response@post_hdc</c>) and any explanation.</param>
public sealed record PublishedFigure(string Figure, string Published, string Computed, bool Match, string Note)
{
    /// <summary>Where the published figure was printed: the seed study abstract's Results sentence, a figure derived from it,
    /// or another document citing the study (the NCI PDQ summary for 13 of 17).</summary>
    public string Source { get; init; } = "";
}
