namespace Mibg.Cli.Infrastructure;

/// <summary>
/// A command line that cannot be run as written (an unknown option, a missing option value): printed as one message
/// on stderr followed by a pointer to the command's <c>--help</c>, exit code 2.
/// </summary>
public sealed class UsageException(string message) : Exception(message);
