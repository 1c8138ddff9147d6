namespace Mibg.Imaging.Dicom;

/// <summary>
/// Turns a parsed DICOM data set into frames (PS3.3 C.7.6.3 Image Pixel module; C.8.4 NM modules): one sample per
/// pixel, MONOCHROME1 or MONOCHROME2, 8 or 16 bits allocated, signed or unsigned, with the modality rescale
/// (C.11.1: value = stored × slope + intercept) applied. Only pixel values, sizes, views and the recorded window
/// leave this class: no identifier of the data set does.
/// </summary>
internal static class DicomImageDecoder
{
    public static IReadOnlyList<ScanFrame> Decode(byte[] file)
    {
        var (_, data) = DicomFileParser.Parse(file);
        var pixels = data.Element(DicomTags.PixelData)
            ?? throw new ScanImageException("the DICOM file holds no pixel data (7FE0,0010): it is not an image");
        var samples = data.UShort(DicomTags.SamplesPerPixel) ?? 1;
        var photometric = data.Text(DicomTags.PhotometricInterpretation) ?? "";
        if (samples != 1 || photometric is not ("MONOCHROME1" or "MONOCHROME2"))
            throw new ScanImageException(
                $"the image is in colour or a palette ({Safe(photometric)}, {samples} samples per pixel); mibg shows greyscale MONOCHROME1/MONOCHROME2 images only",
                kind: ScanImageProblem.Unsupported);
        var rows = data.UShort(DicomTags.Rows) ?? throw Missing("Rows (0028,0010)");
        var columns = data.UShort(DicomTags.Columns) ?? throw Missing("Columns (0028,0011)");
        var allocated = data.UShort(DicomTags.BitsAllocated) ?? throw Missing("Bits Allocated (0028,0100)");
        var stored = data.UShort(DicomTags.BitsStored) ?? allocated;
        var highBit = data.UShort(DicomTags.HighBit) ?? stored - 1;
        var signed = (data.UShort(DicomTags.PixelRepresentation) ?? 0) == 1;
        var frameCount = data.Number(DicomTags.NumberOfFrames) is { } n ? n : 1;
        if (allocated is not (8 or 16))
            throw new ScanImageException($"{allocated} bits allocated per pixel; mibg reads 8- and 16-bit images", kind: ScanImageProblem.Unsupported);
        if (stored < 1 || stored > allocated || highBit < stored - 1 || highBit >= allocated)
            throw new ScanImageException($"inconsistent pixel layout: {stored} bits stored, high bit {highBit}, {allocated} bits allocated");
        if (rows < 1 || columns < 1 || rows > ImageLimits.MaxSide || columns > ImageLimits.MaxSide || (long)rows * columns > ImageLimits.MaxFramePixels)
            throw new ScanImageException($"a frame of {columns}×{rows} pixels is outside what mibg shows (1 to {ImageLimits.MaxSide} a side, {ImageLimits.MaxFramePixels:N0} pixels)");
        if (frameCount != Math.Floor(frameCount) || frameCount < 1 || frameCount > ImageLimits.MaxFrames)
            throw new ScanImageException($"{frameCount} frames is outside what mibg shows (1 to {ImageLimits.MaxFrames})");
        var frames = (int)frameCount;
        var framePixels = rows * columns;
        if ((long)framePixels * frames > ImageLimits.MaxTotalPixels)
            throw new ScanImageException($"{frames} frames of {columns}×{rows} pixels exceed the {ImageLimits.MaxTotalPixels:N0} pixels mibg shows per image");
        var bytesPerPixel = allocated / 8;
        var needed = (long)framePixels * frames * bytesPerPixel;
        if (pixels.Length < needed)
            throw new ScanImageException($"the pixel data holds {pixels.Length} bytes but {frames} frame(s) of {columns}×{rows} at {allocated} bits need {needed}: the file is truncated or damaged");

        var slope = data.Number(DicomTags.RescaleSlope) ?? 1;
        var intercept = data.Number(DicomTags.RescaleIntercept) ?? 0;
        if (slope == 0) throw new ScanImageException("the rescale slope (0028,1053) is 0");
        var window = Window(data);
        var views = Views(data, frames);

        var result = new ScanFrame[frames];
        var shift = highBit + 1 - stored;
        var mask = (1 << stored) - 1;
        var signBit = 1 << (stored - 1);
        for (var f = 0; f < frames; f++)
        {
            var values = new float[framePixels];
            var at = pixels.Offset + (long)f * framePixels * bytesPerPixel;
            for (var i = 0; i < framePixels; i++)
            {
                int raw = bytesPerPixel == 1 ? file[at + i] : file[at + 2 * i] | file[at + 2 * i + 1] << 8;
                raw = (raw >> shift) & mask;
                if (signed && (raw & signBit) != 0) raw -= 1 << stored;
                values[i] = (float)(raw * slope + intercept);
            }
            result[f] = new ScanFrame(columns, rows, values, views[f].View, views[f].Assumed, photometric == "MONOCHROME1", window);
        }
        return result;
    }

    private static (double, double)? Window(DicomDataset data)
    {
        try
        {
            return data.Number(DicomTags.WindowCenter) is { } c && data.Number(DicomTags.WindowWidth) is { } w && w >= 1 ? (c, w) : null;
        }
        catch (ScanImageException)
        {
            return null; // a broken window is not worth refusing the image: the viewer starts from the full range
        }
    }

    /// <summary>
    /// The view of each frame, from the NM Detector Information Sequence's View Code Sequence (PS3.3 C.8.4.11)
    /// through the Detector Vector (C.8.4.8, one detector number per frame). Without it, per-frame positions are
    /// not evidence of a view: <see cref="ImageView.Unknown"/> (the folder or the viewer may still assume).
    /// </summary>
    private static (ImageView View, bool Assumed)[] Views(DicomDataset data, int frames)
    {
        var detectors = data.Items(DicomTags.DetectorInformationSequence).Select(ViewOf).ToArray();
        var result = new (ImageView, bool)[frames];
        for (var f = 0; f < frames; f++)
        {
            var view = ImageView.Unknown;
            if (data.UShortCount(DicomTags.DetectorVector) == frames && data.UShort(DicomTags.DetectorVector, f) is { } d && d >= 1 && d <= detectors.Length)
                view = detectors[d - 1];
            else if (detectors.Length == frames) view = detectors[f];
            result[f] = (view, false);
        }
        return result;
    }

    private static ImageView ViewOf(DicomDataset detector)
    {
        var code = detector.Items(DicomTags.ViewCodeSequence).FirstOrDefault();
        var meaning = code?.Text(DicomTags.CodeMeaning) ?? "";
        if (meaning.Contains("anterior", StringComparison.OrdinalIgnoreCase)) return ImageView.Anterior;
        if (meaning.Contains("posterior", StringComparison.OrdinalIgnoreCase)) return ImageView.Posterior;
        return ImageView.Unknown;
    }

    private static ScanImageException Missing(string attribute) => new($"the DICOM image has no {attribute}");

    // Photometric interpretation is a code string (CS): letters, digits, space, underscore; anything else is not echoed.
    private static string Safe(string code) =>
        code.Length <= 16 && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is ' ' or '_') ? code : "an unknown photometric interpretation";
}
