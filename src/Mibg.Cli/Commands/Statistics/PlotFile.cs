using Mibg.Cli.Infrastructure;

namespace Mibg.Cli.Commands.Statistics;

/// <summary>Writes a <c>--plot FILE</c>, turning file-system problems into clear errors.</summary>
internal static class PlotFile
{
    /// <summary>Calls <paramref name="write"/> with <paramref name="path"/> once its folder is known to exist.</summary>
    public static void Write(string path, Action<string> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder)) throw new UserInputException($"--plot: folder {folder} does not exist");
        try
        {
            write(path);
        }
        catch (IOException e)
        {
            throw new UserInputException($"--plot: cannot write {path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserInputException($"--plot: cannot write {path}: {e.Message}");
        }
    }
}
