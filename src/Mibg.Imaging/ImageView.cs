namespace Mibg.Imaging;

/// <summary>The projection of a planar whole-body frame.</summary>
public enum ImageView
{
    /// <summary>Not recorded in the file.</summary>
    Unknown,
    /// <summary>Anterior projection (detector in front of the patient): the patient's right is on the viewer's left.</summary>
    Anterior,
    /// <summary>Posterior projection (detector behind the patient): the patient's right is on the viewer's right.</summary>
    Posterior,
}
