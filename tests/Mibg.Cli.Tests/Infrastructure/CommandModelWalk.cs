using Mibg.Cli;
using Spectre.Console.Cli.Help;

namespace Mibg.Cli.Tests.Infrastructure;

/// <summary>Every command of <c>mibg</c> as registered (so a command added tomorrow is covered without listing it).</summary>
internal static class CommandModelWalk
{
    public static IEnumerable<(string[] Path, ICommandInfo Command)> All()
    {
        var stack = new Stack<(string[], ICommandInfo)>(MibgApp.Model().Commands.Where(c => !c.IsHidden).Select(c => (new[] { c.Name }, c)));
        while (stack.Count > 0)
        {
            var (path, command) = stack.Pop();
            yield return (path, command);
            foreach (var child in command.Commands.Where(c => !c.IsHidden)) stack.Push(([.. path, child.Name], child));
        }
    }

    /// <summary>The leaf commands (those that run), as xunit theory data: "km", "trial size", ….</summary>
    public static TheoryData<string> Leaves() => [.. All().Where(c => !c.Command.IsBranch).Select(c => string.Join(' ', c.Path)).Order()];

    /// <summary>Every command and command group.</summary>
    public static TheoryData<string> Everything() => [.. All().Select(c => string.Join(' ', c.Path)).Order()];
}
