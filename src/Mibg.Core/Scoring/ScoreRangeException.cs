namespace Mibg.Core.Scoring;

/// <summary>A segment or region score outside its valid range; the message names the segment.</summary>
public sealed class ScoreRangeException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception for <paramref name="segment"/> holding <paramref name="value"/>.</summary>
    public ScoreRangeException(string segment, int value, int max)
        : base(segment, value, $"{segment}: {value} is outside 0..{max}")
    {
        Segment = segment;
    }

    /// <summary>The code of the offending segment or region.</summary>
    public string Segment { get; }
}
