using System.Reflection;

namespace Mibg.Cli.Infrastructure;

/// <summary>
/// What <c>mibg --version</c> prints: the version of Directory.Build.props and the git commit it was built from (the
/// SDK writes the commit into the informational version as <c>0.1.0+&lt;sha&gt;</c> when it builds from a clone).
/// </summary>
public static class MibgVersion
{
    private static readonly string Informational =
        typeof(MibgVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    /// <summary>The release version, e.g. <c>0.1.0</c>.</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>The full commit hash, or null when built outside a git clone.</summary>
    public static string? Commit => Informational.Split('+') is [_, var sha, ..] && sha.Length > 0 ? sha : null;

    /// <summary>One line: <c>mibg 0.1.0 (commit 1a2b3c4d5e6f)</c>.</summary>
    public static string Line => $"mibg {Version} (commit {(Commit is { } c ? c[..Math.Min(12, c.Length)] : "unknown")})";
}
