using Mibg.Core.Scoring;

namespace Mibg.Web.Reading;

/// <summary>
/// The anterior body diagram of the scoring page: one SVG shape per SIOPEN segment. The patient's right is on
/// the viewer's left, as on an anterior mIBG view. The segments come from <see cref="SiopenSegments"/>; this
/// class holds only their drawing.
/// </summary>
public static class BodyDiagram
{
    /// <summary>Width and height of the SVG view box.</summary>
    public const string ViewBox = "0 0 240 440";

    /// <summary>The shape of a segment (an SVG path) and where its score label sits.</summary>
    public sealed record Shape(SiopenSegment Segment, string Path, int LabelX, int LabelY);

    private static readonly Dictionary<string, (string Path, int X, int Y)> Geometry = new(StringComparer.Ordinal)
    {
        ["skull"] = ("M120 8 C146 8 156 28 156 46 C156 66 142 80 120 80 C98 80 84 66 84 46 C84 28 94 8 120 8 Z", 120, 50),
        ["thoracic_cage"] = ("M86 96 L154 96 L160 176 L80 176 Z", 100, 140),
        ["spine"] = ("M114 92 L126 92 L126 226 L114 226 Z", 120, 205),
        ["pelvis"] = ("M82 228 L158 228 L166 270 L120 282 L74 270 Z", 120, 258),
        ["right_upper_limb_proximal"] = ("M56 96 L80 96 L72 180 L50 176 Z", 64, 140),
        ["right_upper_limb_distal"] = ("M48 184 L70 188 L58 276 L30 272 Z", 50, 235),
        ["left_upper_limb_proximal"] = ("M160 96 L184 96 L190 176 L168 180 Z", 176, 140),
        ["left_upper_limb_distal"] = ("M170 188 L192 184 L210 272 L182 276 Z", 190, 235),
        ["right_lower_limb_proximal"] = ("M78 286 L116 292 L110 352 L82 352 Z", 97, 325),
        ["right_lower_limb_distal"] = ("M82 358 L110 358 L106 428 L74 428 Z", 93, 398),
        ["left_lower_limb_proximal"] = ("M124 292 L162 286 L158 352 L130 352 Z", 143, 325),
        ["left_lower_limb_distal"] = ("M130 358 L158 358 L166 428 L134 428 Z", 147, 398),
    };

    /// <summary>The 12 shapes in the published segment order.</summary>
    public static IReadOnlyList<Shape> Shapes { get; } = SiopenSegments.All
        .Select(s => Geometry.TryGetValue(s.Code, out var g)
            ? new Shape(s, g.Path, g.X, g.Y)
            : throw new InvalidOperationException($"the body diagram has no shape for segment {s.Code}"))
        .ToArray();
}
