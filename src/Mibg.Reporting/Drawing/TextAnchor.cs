namespace Mibg.Reporting.Drawing;

/// <summary>Horizontal placement of a text relative to its x coordinate.</summary>
internal enum TextAnchor
{
    /// <summary>Text starts at x.</summary>
    Start,

    /// <summary>Text is centred on x.</summary>
    Middle,

    /// <summary>Text ends at x.</summary>
    End,
}
