using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Mibg.Cli.Infrastructure;

/// <summary>
/// Spectre's help, with every description shown as written: Spectre reads descriptions as console markup, so a
/// description holding <c>[0, 1)</c> or <c>[ROW]</c> would crash <c>--help</c>. Descriptions are plain text in mibg
/// (one rule for every command, present and future), so they are escaped here rather than one by one.
/// Examples are shown quoted for a POSIX shell where they need it (a connection string's <c>;</c>), so each can be
/// pasted as written. Also remembers that help was written and the command model it was written from (<see cref="CommandLine"/> uses
/// both).
/// </summary>
internal sealed class PlainTextHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    /// <summary>The command model of the last help written, or null.</summary>
    public ICommandModel? Model { get; private set; }

    /// <summary>Whether help was written during this run.</summary>
    public bool Written { get; private set; }

    /// <inheritdoc/>
    public override IEnumerable<IRenderable> Write(ICommandModel model, ICommandInfo? command)
    {
        Model = model;
        Written = true;
        var plain = new PlainModel(model);
        return base.Write(plain, command is null ? null : plain.Wrap(command));
    }

    private static string? Escape(string? description) => description is null ? null : Markup.Escape(description);

    /// <summary>The model with escaped descriptions; one wrapper per command so the help's identity checks hold.</summary>
    private sealed class PlainModel(ICommandModel inner) : ICommandModel
    {
        private readonly Dictionary<ICommandInfo, PlainCommand> _commands = new(ReferenceEqualityComparer.Instance);

        public string ApplicationName => inner.ApplicationName;
        public string? ApplicationVersion => inner.ApplicationVersion;
        public IReadOnlyList<string[]> Examples => ShellWords.QuoteAll(inner.Examples);
        public IReadOnlyList<ICommandInfo> Commands => [.. inner.Commands.Select(Wrap)];
        public ICommandInfo? DefaultCommand => inner.DefaultCommand is { } d ? Wrap(d) : null;

        public ICommandInfo Wrap(ICommandInfo command)
        {
            if (command is PlainCommand) return command;
            if (!_commands.TryGetValue(command, out var plain)) _commands[command] = plain = new PlainCommand(command, this);
            return plain;
        }
    }

    private sealed class PlainCommand(ICommandInfo inner, PlainModel model) : ICommandInfo
    {
        public string Name => inner.Name;
        public string? Description => Escape(inner.Description);
        public bool IsBranch => inner.IsBranch;
        public bool IsDefaultCommand => inner.IsDefaultCommand;
        public bool IsHidden => inner.IsHidden;
        public IReadOnlyList<ICommandParameter> Parameters => [.. inner.Parameters.Select(Wrap)];
        public ICommandInfo? Parent => inner.Parent is { } p ? model.Wrap(p) : null;
        public IReadOnlyList<string[]> Examples => ShellWords.QuoteAll(inner.Examples);
        public IReadOnlyList<ICommandInfo> Commands => [.. inner.Commands.Select(model.Wrap)];
        public ICommandInfo? DefaultCommand => inner.DefaultCommand is { } d ? model.Wrap(d) : null;

        private static ICommandParameter Wrap(ICommandParameter p) => p switch
        {
            ICommandOption o => new PlainOption(o),
            ICommandArgument a => new PlainArgument(a),
            _ => p,
        };
    }

    private sealed class PlainOption(ICommandOption inner) : ICommandOption
    {
        public IReadOnlyList<string> LongNames => inner.LongNames;
        public IReadOnlyList<string> ShortNames => inner.ShortNames;
        public string? ValueName => inner.ValueName;
        public bool ValueIsOptional => inner.ValueIsOptional;
        public bool IsFlag => inner.IsFlag;
        public bool IsRequired => inner.IsRequired;
        public string? Description => Escape(inner.Description);
        public DefaultValueAttribute? DefaultValue => inner.DefaultValue;
        public bool IsHidden => inner.IsHidden;
    }

    private sealed class PlainArgument(ICommandArgument inner) : ICommandArgument
    {
        public string Value => inner.Value;
        public int Position => inner.Position;
        public bool IsFlag => inner.IsFlag;
        public bool IsRequired => inner.IsRequired;
        public string? Description => Escape(inner.Description);
        public DefaultValueAttribute? DefaultValue => inner.DefaultValue;
        public bool IsHidden => inner.IsHidden;
    }
}
