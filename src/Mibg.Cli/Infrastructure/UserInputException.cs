namespace Mibg.Cli.Infrastructure;

/// <summary>
/// Invalid input a user can fix (a bad value, a missing column): printed as one message on stderr
/// without a stack trace, exit code 1.
/// </summary>
public sealed class UserInputException(string message) : Exception(message);
