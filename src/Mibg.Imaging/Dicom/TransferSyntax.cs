namespace Mibg.Imaging.Dicom;

/// <summary>
/// Transfer syntaxes (PS3.5 §10, PS3.6 Annex A): the two mibg decodes, and the names of the common others so that
/// a refusal names what the file holds.
/// </summary>
internal static class TransferSyntax
{
    public const string ImplicitVrLittleEndian = "1.2.840.10008.1.2";
    public const string ExplicitVrLittleEndian = "1.2.840.10008.1.2.1";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [ImplicitVrLittleEndian] = "Implicit VR Little Endian",
        [ExplicitVrLittleEndian] = "Explicit VR Little Endian",
        ["1.2.840.10008.1.2.1.99"] = "Deflated Explicit VR Little Endian",
        ["1.2.840.10008.1.2.2"] = "Explicit VR Big Endian",
        ["1.2.840.10008.1.2.4.50"] = "JPEG Baseline (Process 1)",
        ["1.2.840.10008.1.2.4.51"] = "JPEG Extended (Process 2 & 4)",
        ["1.2.840.10008.1.2.4.57"] = "JPEG Lossless, Non-Hierarchical (Process 14)",
        ["1.2.840.10008.1.2.4.70"] = "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])",
        ["1.2.840.10008.1.2.4.80"] = "JPEG-LS Lossless Image Compression",
        ["1.2.840.10008.1.2.4.81"] = "JPEG-LS Lossy (Near-Lossless) Image Compression",
        ["1.2.840.10008.1.2.4.90"] = "JPEG 2000 Image Compression (Lossless Only)",
        ["1.2.840.10008.1.2.4.91"] = "JPEG 2000 Image Compression",
        ["1.2.840.10008.1.2.4.201"] = "High-Throughput JPEG 2000 Image Compression (Lossless Only)",
        ["1.2.840.10008.1.2.4.202"] = "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)",
        ["1.2.840.10008.1.2.4.203"] = "High-Throughput JPEG 2000 Image Compression",
        ["1.2.840.10008.1.2.5"] = "RLE Lossless",
    };

    /// <summary>Whether mibg decodes this transfer syntax.</summary>
    public static bool IsSupported(string uid) => uid is ImplicitVrLittleEndian or ExplicitVrLittleEndian;

    /// <summary>"JPEG 2000 Image Compression (1.2.840.10008.1.2.4.91)", or the UID alone when unknown (a UID is only digits and dots, never an identifier of a patient: it names an encoding).</summary>
    public static string Describe(string uid) =>
        Names.TryGetValue(uid, out var name) ? $"{name} ({uid})"
        : IsUidText(uid) ? $"transfer syntax {uid}"
        : "an unrecognised transfer syntax"; // not a UID: never echo free text from the file

    private static bool IsUidText(string uid) => uid.Length is > 0 and <= 64 && uid.All(c => c is '.' or (>= '0' and <= '9'));
}
