using System.Diagnostics;
using System.Text.Json;

namespace Mibg.Imaging.Tests.Fixtures;

/// <summary>
/// Scan-image files written at test time by independent tools (make_fixtures.py: pydicom for DICOM, Pillow for PNG
/// and JPEG, numpy for the expected pixel values), in a fresh folder. Needs Debian's python3-pydicom and python3-pil
/// (scripts/test.sh installs them).
/// </summary>
public sealed class ImageFixtures : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("mibg-images-").FullName;

    public ImageFixtures()
    {
        Run(Script, Folder);
        Manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
    }

    /// <summary>Where make_fixtures.py lies beside the test assembly.</summary>
    public static string Script => Path.Combine(AppContext.BaseDirectory, "Fixtures", "make_fixtures.py");

    /// <summary>Runs the fixture maker into <paramref name="folder"/>.</summary>
    public static void Run(string script, string folder, bool bench = false)
    {
        // Debian's interpreter, where python3-pydicom and python3-pil are installed (not a pyenv shim's).
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(folder);
        if (bench) start.ArgumentList.Add("--bench");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"make_fixtures.py failed (install python3-pydicom and python3-pil): {errors.Result}");
    }

    public JsonDocument Manifest { get; }

    public IEnumerable<JsonElement> Fixtures => Manifest.RootElement.GetProperty("fixtures").EnumerateArray();

    public JsonElement Fixture(string name) => Fixtures.Single(f => f.GetProperty("name").GetString() == name);

    /// <summary>Every identifier the DICOM fixtures carry (name, id, dates, institution, accession, UIDs…).</summary>
    public IReadOnlyList<string> Identifiers
    {
        get
        {
            var ids = Manifest.RootElement.GetProperty("identifiers");
            var list = ids.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => p.Value.GetString()!).ToList();
            list.AddRange(ids.GetProperty("uids").EnumerateArray().Select(u => u.GetString()!));
            return list;
        }
    }

    /// <summary>The values the tools wrote for <paramref name="expectedFile"/> (little-endian float32, frames in order).</summary>
    public float[] Expected(string expectedFile)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, expectedFile));
        var values = new float[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }

    public byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
