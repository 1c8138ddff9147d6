namespace Mibg.Cli.Infrastructure;

/// <summary>Process exit codes of the <c>mibg</c> command (design/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;
    /// <summary>Invalid input; diagnostics on stderr.</summary>
    public const int InvalidInput = 1;
    /// <summary>Usage error (unknown command or option, missing argument).</summary>
    public const int Usage = 2;
    /// <summary>Internal failure.</summary>
    public const int Internal = 3;
}
