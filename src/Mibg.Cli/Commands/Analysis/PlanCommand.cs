using Mibg.Cli.Infrastructure;
using Mibg.Core.Plan;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Analysis;

/// <summary><c>mibg plan --default | --describe | --check PLAN</c>.</summary>
internal sealed class PlanCommand(CliOutput output) : Command<PlanSettings>
{
    public override int Execute(CommandContext context, PlanSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Check is { } path)
        {
            var plan = PlanFile.Load(path);
            if (settings.Json) CliJson.Write(output, new { plan = path, valid = true });
            else output.Out.WriteLine($"{path}: valid analysis plan ({plan.Title})");
            return ExitCodes.Success;
        }
        if (settings.Describe)
        {
            if (settings.Json)
            {
                CliJson.Write(output, PlanSchema.Fields);
                return ExitCodes.Success;
            }
            var table = new Table().AddColumn("field").AddColumn("default").AddColumn("meaning");
            foreach (var f in PlanSchema.Fields) table.AddRow(Markup.Escape(f.Field), Markup.Escape(f.Default), Markup.Escape(f.Description));
            output.Console.Write(table);
            return ExitCodes.Success;
        }
        // --default, and the bare command, print the default plan.
        output.Out.WriteLine(PlanJson.Serialize(AnalysisPlan.Default));
        output.Out.Flush();
        return ExitCodes.Success;
    }
}
