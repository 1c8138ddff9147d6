using SkiaSharp;
using Mibg.Reporting.Drawing;
using Mibg.Core.Scoring;

namespace Mibg.Reporting.Figures;

/// <summary>
/// A schematic skeleton, anterior view (the patient's right on the viewer's left, as a scan is read),
/// divided into the 12 SIOPEN segments of <see cref="SiopenSegments"/>. Coordinates are in a
/// <see cref="Width"/> × <see cref="Height"/> box.
/// </summary>
internal static class BodyOutline
{
    /// <summary>Width of the drawing box.</summary>
    public const float Width = 200f;

    /// <summary>Height of the drawing box.</summary>
    public const float Height = 515f;

    private static readonly IReadOnlyDictionary<string, Func<SKPath>> Shapes = new Dictionary<string, Func<SKPath>>
    {
        ["skull"] = Skull,
        ["thoracic_cage"] = ThoracicCage,
        ["right_upper_limb_proximal"] = () => Capsule(50, 92, 38, 190, 16),
        ["right_upper_limb_distal"] = () => UpperDistal(mirror: false),
        ["left_upper_limb_proximal"] = () => Capsule(Width - 50, 92, Width - 38, 190, 16),
        ["left_upper_limb_distal"] = () => UpperDistal(mirror: true),
        ["spine"] = Spine,
        ["pelvis"] = Pelvis,
        ["right_lower_limb_proximal"] = () => Capsule(79, 306, 75, 395, 20),
        ["right_lower_limb_distal"] = () => LowerDistal(mirror: false),
        ["left_lower_limb_proximal"] = () => Capsule(Width - 79, 306, Width - 75, 395, 20),
        ["left_lower_limb_distal"] = () => LowerDistal(mirror: true),
    };

    /// <summary>Drawing order: the spine over the thoracic cage, the pelvis over the spine's lower end.</summary>
    private static readonly string[] Order =
    [
        "thoracic_cage", "spine", "pelvis", "skull",
        "right_upper_limb_proximal", "right_upper_limb_distal", "left_upper_limb_proximal", "left_upper_limb_distal",
        "right_lower_limb_proximal", "right_lower_limb_distal", "left_lower_limb_proximal", "left_lower_limb_distal",
    ];

    /// <summary>
    /// The outline of every SIOPEN segment, in drawing order. Throws when <see cref="SiopenSegments"/>
    /// names a segment this drawing does not know (the list is the authority, not this picture).
    /// </summary>
    public static IReadOnlyList<(SiopenSegment Segment, SKPath Path)> Segments()
    {
        var missing = SiopenSegments.All.Where(s => !Shapes.ContainsKey(s.Code)).Select(s => s.Code).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "The skeleton drawing has no shape for SIOPEN segment(s) " + string.Join(", ", missing) +
                "; add them to Mibg.Reporting.Figures.BodyOutline.");
        }

        return SiopenSegments.All
            .OrderBy(s => Array.IndexOf(Order, s.Code))
            .Select(s => (s, Shapes[s.Code]()))
            .ToList();
    }

    private static SKPath Skull()
    {
        return CubicShapes.Ellipse(new SKRect(73, 6, 127, 70));
    }

    private static SKPath ThoracicCage()
    {
        var path = new SKPath();
        path.MoveTo(70, 82);
        path.LineTo(130, 82);
        path.QuadTo(147, 100, 146, 140);
        path.QuadTo(145, 190, 128, 210);
        path.LineTo(72, 210);
        path.QuadTo(55, 190, 54, 140);
        path.QuadTo(53, 100, 70, 82);
        path.Close();
        return path;
    }

    private static SKPath Spine()
    {
        return CubicShapes.RoundRect(new SKRect(93, 72, 107, 262), 5);
    }

    private static SKPath Pelvis()
    {
        var path = new SKPath();
        path.MoveTo(66, 254);
        path.LineTo(134, 254);
        path.QuadTo(152, 276, 138, 300);
        path.LineTo(113, 313);
        path.LineTo(100, 300);
        path.LineTo(87, 313);
        path.LineTo(62, 300);
        path.QuadTo(48, 276, 66, 254);
        path.Close();
        return path;
    }

    private static SKPath UpperDistal(bool mirror)
    {
        var path = Capsule(X(37, mirror), 198, X(29, mirror), 288, 13);
        CubicShapes.AddTo(path, CubicShapes.Ellipse(SKRect.Create(X(mirror ? 16 : 34, mirror) - 18, 290, 18, 30)));
        return path;
    }

    private static SKPath LowerDistal(bool mirror)
    {
        var path = Capsule(X(75, mirror), 405, X(73, mirror), 488, 16);
        var footLeft = mirror ? X(50, mirror) - 30 : 50;
        CubicShapes.AddTo(path, CubicShapes.Ellipse(SKRect.Create(footLeft, 492, 30, 15)));
        return path;
    }

    private static float X(float x, bool mirror) => mirror ? Width - x : x;

    /// <summary>A rounded bar of width <paramref name="w"/> from (x1, y1) to (x2, y2).</summary>
    private static SKPath Capsule(float x1, float y1, float x2, float y2, float w)
    {
        var length = MathF.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1)));
        var path = CubicShapes.RoundRect(new SKRect(-w / 2, 0, w / 2, length), w / 2);
        var angle = MathF.Atan2(x1 - x2, y2 - y1) * 180f / MathF.PI;
        var matrix = SKMatrix.CreateRotationDegrees(angle).PostConcat(SKMatrix.CreateTranslation(x1, y1));
        path.Transform(matrix);
        return path;
    }
}
