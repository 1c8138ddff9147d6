using System.ComponentModel;
using Mibg.Imaging;
using Mibg.Storage.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary><c>mibg validate STUDY [--images DIR]</c>: the study's arguments, and the image folder to check <c>scans.image</c> in.</summary>
internal sealed class ValidateSettings : StudySettings
{
    [CommandOption("--images <DIR>")]
    [Description("Also check that every image named in scans.image exists in this folder and can be shown (DICOM, PNG, JPEG), as warnings IMAGE_UNREADABLE; the same folder as `mibg serve --images`.")]
    public string? Images { get; init; }

    public override ValidationResult Validate()
    {
        if (Images is not null && !Directory.Exists(Images))
            return ValidationResult.Error($"--images: folder '{Images}' does not exist");
        return base.Validate();
    }

    /// <summary>The read options, with the image check when <c>--images</c> is given.</summary>
    public StudyReadOptions ValidateOptions() =>
        Images is null ? ReadOptions() : ReadOptions() with { CheckImage = image => ImageProblem(Images, image) };

    private static string? ImageProblem(string root, string image)
    {
        try
        {
            ScanImageReader.Read(root, image);
            return null;
        }
        catch (ScanImageException e)
        {
            var where = e.File is { } file && file != image ? $" (file {file})" : "";
            return e.Kind == ScanImageProblem.Missing
                ? $"image '{image}' does not exist in {root}{where}; readers will see no image"
                : $"image '{image}'{where} cannot be shown to readers: {e.Message}";
        }
    }
}
