using Mibg.Core.Scoring;

namespace Mibg.Web.Reading;

/// <summary>What the shared scoring form shows.</summary>
/// <param name="Values">Form field → value to show.</param>
/// <param name="Locked">Read-only (a submitted read).</param>
/// <param name="Differing">Segment codes to highlight (readers disagree).</param>
public sealed record ScoreFormView(IReadOnlyDictionary<string, string> Values, bool Locked, IReadOnlySet<string> Differing)
{
    private IEnumerable<int> Scores => SiopenSegments.All
        .Select(s => Values.TryGetValue(s.Column, out var v) && int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i <= SiopenScore.MaxSegmentScore ? i : -1);

    /// <summary>Segments with a valid score.</summary>
    public int Scored => Scores.Count(v => v >= 0);

    /// <summary>Sum of the valid scores.</summary>
    public int Total => Scores.Where(v => v >= 0).Sum();
}
