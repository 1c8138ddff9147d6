using SkiaSharp;

namespace Mibg.Reporting.Drawing;

/// <summary>
/// Rounded rectangles and ellipses built from cubic Béziers. Skia's own round-rect and oval paths are conics,
/// which its SVG backend writes as hundreds of tiny quadratic segments; cubics stay a few bytes each.
/// </summary>
internal static class CubicShapes
{
    private const float Kappa = 0.5522848f;

    /// <summary>A rectangle with corners of radius <paramref name="r"/> (clamped to half the shorter side).</summary>
    public static SKPath RoundRect(SKRect rect, float r)
    {
        r = Math.Min(r, Math.Min(rect.Width, rect.Height) / 2f);
        var k = r * Kappa;
        var (l, t, rt, b) = (rect.Left, rect.Top, rect.Right, rect.Bottom);
        var path = new SKPath();
        path.MoveTo(l + r, t);
        path.LineTo(rt - r, t);
        path.CubicTo(rt - r + k, t, rt, t + r - k, rt, t + r);
        path.LineTo(rt, b - r);
        path.CubicTo(rt, b - r + k, rt - r + k, b, rt - r, b);
        path.LineTo(l + r, b);
        path.CubicTo(l + r - k, b, l, b - r + k, l, b - r);
        path.LineTo(l, t + r);
        path.CubicTo(l, t + r - k, l + r - k, t, l + r, t);
        path.Close();
        return path;
    }

    /// <summary>The ellipse inscribed in <paramref name="rect"/>.</summary>
    public static SKPath Ellipse(SKRect rect)
    {
        var (cx, cy, rx, ry) = (rect.MidX, rect.MidY, rect.Width / 2f, rect.Height / 2f);
        var (kx, ky) = (rx * Kappa, ry * Kappa);
        var path = new SKPath();
        path.MoveTo(cx + rx, cy);
        path.CubicTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        path.CubicTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        path.CubicTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        path.CubicTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        path.Close();
        return path;
    }

    /// <summary>Adds <paramref name="shape"/> to <paramref name="path"/> and disposes it.</summary>
    public static void AddTo(SKPath path, SKPath shape)
    {
        path.AddPath(shape);
        shape.Dispose();
    }
}
