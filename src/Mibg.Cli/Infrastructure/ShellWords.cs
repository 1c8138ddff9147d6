namespace Mibg.Cli.Infrastructure;

/// <summary>Writing arguments so that a POSIX shell (bash, sh) reads them back unchanged.</summary>
public static class ShellWords
{
    /// <summary>
    /// <paramref name="word"/> as is when the shell leaves it alone (letters, digits and <c>-_./:=,+@%</c>), otherwise in
    /// single quotes (a single quote inside written <c>'\''</c>).
    /// </summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,+@%".Contains(c))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>Every word of every example quoted with <see cref="Quote"/>.</summary>
    public static IReadOnlyList<string[]> QuoteAll(IReadOnlyList<string[]> examples) =>
        [.. examples.Select(e => e.Select(Quote).ToArray())];
}
