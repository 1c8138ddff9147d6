using Spectre.Console.Cli;

namespace Mibg.Cli.Infrastructure;

/// <summary>
/// Refuses what a command does not understand instead of ignoring it (docs/cli.md, "Usage errors"): an unknown or
/// misspelt option, or anything after <c>--</c>. Spectre parses leniently (its strict mode retries a failed parse with
/// a default command inserted, which turns <c>--subjects</c> without a value into <c>--subjects __default_command</c>),
/// so unknown options reach this point; <see cref="MibgApp"/> words the message with the closest valid option.
/// </summary>
internal sealed class StrictOptions : ICommandInterceptor
{
    /// <inheritdoc/>
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (context.Remaining.Parsed.Select(g => g.Key).FirstOrDefault() is { } unknown)
            throw new UsageException($"unknown option '{unknown}'");
        if (context.Remaining.Raw.Count > 0)
            throw new UsageException($"unexpected argument '{context.Remaining.Raw[0]}' after '--'");
    }
}
