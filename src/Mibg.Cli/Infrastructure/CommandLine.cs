using Mibg.Core.Text;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;

namespace Mibg.Cli.Infrastructure;

/// <summary>Reading an argument list against the command model: which subcommand it names, and near misses.</summary>
internal static class CommandLine
{
    /// <summary>
    /// The subcommand the leading arguments name (<c>trial size</c> for <c>trial size --hr 0.6</c>), as far as they
    /// name one; empty when the first argument is no command.
    /// </summary>
    public static IReadOnlyList<string> CommandPath(ICommandModel model, IReadOnlyList<string> args)
    {
        var path = new List<string>();
        IReadOnlyList<ICommandInfo> level = model.Commands;
        foreach (var a in args)
        {
            var command = level.FirstOrDefault(c => !c.IsHidden && c.Name.Equals(a, StringComparison.OrdinalIgnoreCase));
            if (command is null) break;
            path.Add(command.Name);
            level = command.Commands;
        }
        return path;
    }

    /// <summary>The command a path names, or null for the root.</summary>
    public static ICommandInfo? Find(ICommandModel model, IReadOnlyList<string> path)
    {
        ICommandInfo? command = null;
        IReadOnlyList<ICommandInfo> level = model.Commands;
        foreach (var name in path)
        {
            command = level.First(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            level = command.Commands;
        }
        return command;
    }

    /// <summary>Every option a command accepts as typed (<c>--group</c>, <c>-g</c>), long names first, help included.</summary>
    public static IReadOnlyList<string> OptionNames(ICommandInfo? command)
    {
        var options = command?.Parameters.OfType<ICommandOption>().ToList() ?? [];
        return [.. options.SelectMany(o => o.LongNames).Select(n => "--" + n), "--help",
            .. options.SelectMany(o => o.ShortNames).Select(n => "-" + n), "-h"];
    }

    /// <summary>
    /// "unknown option '--grop'; did you mean '--group'?" for the first option in <paramref name="args"/> that the
    /// command at <paramref name="path"/> does not have (negative numbers are values, not options; nothing after
    /// <c>--</c> is looked at); null when every option is known.
    /// </summary>
    public static string? UnknownOption(ICommandModel model, IReadOnlyList<string> path, IReadOnlyList<string> args)
    {
        var valid = OptionNames(Find(model, path));
        foreach (var a in args.Skip(path.Count).TakeWhile(a => a != "--"))
        {
            if (a.Length < 2 || a[0] != '-' || char.IsAsciiDigit(a[1]) || a[1] == '.') continue;
            var typed = a.Split('=', 2)[0];
            if (valid.Contains(typed, StringComparer.Ordinal)) continue;
            var hint = ClosestName.Find(typed, valid) is { } close ? $"; did you mean '{close}'?" : "";
            return $"unknown option '{typed}'{hint}";
        }
        return null;
    }

    /// <summary>"Unknown command 'kmm'; did you mean 'km'?" for Spectre's "Unknown command 'kmm'"; null for any other error.</summary>
    public static string? UnknownCommand(CommandAppException e, ICommandModel model, IReadOnlyList<string> path)
    {
        const string prefix = "Unknown command '";
        if (!e.Message.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var typed = e.Message[prefix.Length..].TrimEnd('.').TrimEnd('\'');
        var level = Find(model, path)?.Commands ?? model.Commands;
        var close = ClosestName.Find(typed, level.Where(c => !c.IsHidden).Select(c => c.Name));
        return $"Unknown command '{typed}'" + (close is null ? "" : $"; did you mean '{close}'?");
    }

    /// <summary>Spectre's "Option 'hr' is defined but no value has been provided" as "option '--hr' needs a value".</summary>
    public static string Reworded(string message)
    {
        var m = Regex.Match(message, "^Option '([^']+)' is defined but no value has been provided");
        if (!m.Success) return message;
        var name = m.Groups[1].Value;
        return $"option '{(name.Length == 1 ? "-" : "--")}{name}' needs a value";
    }
}
