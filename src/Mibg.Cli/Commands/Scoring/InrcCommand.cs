using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Core.Response;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Scoring;

/// <summary>Options of <c>mibg score inrc</c> (docs/cli.md "Scoring").</summary>
internal sealed class InrcSettings : CommandSettings
{
    [CommandOption("--primary <RESPONSE>")]
    [Description("Primary tumour response: CR, PR, SD, PD or NI (INRC 2017, Table 2).")]
    public string? Primary { get; init; }

    [CommandOption("--marrow <RESPONSE>")]
    [Description("Bone marrow response: CR, MD, SD, PD or NI (INRC 2017, Table 4).")]
    public string? Marrow { get; init; }

    [CommandOption("--metastases <RESPONSE>")]
    [Description("Soft-tissue and bone metastases response: CR, PR, SD, PD or NI (INRC 2017, Table 3).")]
    public string? Metastases { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }
}

/// <summary><c>mibg score inrc</c>: INRC 2017 overall response from the three component responses (Table 5).</summary>
internal sealed class InrcCommand(CliOutput output) : Command<InrcSettings>
{
    public override int Execute(CommandContext context, InrcSettings settings, CancellationToken cancellationToken)
    {
        var primary = Parse(InrcComponent.Primary, settings.Primary, "--primary");
        var marrow = Parse(InrcComponent.Marrow, settings.Marrow, "--marrow");
        var metastases = Parse(InrcComponent.Metastases, settings.Metastases, "--metastases");
        InrcOverallResponse overall;
        try
        {
            overall = InrcOverall.Combine(primary, marrow, metastases);
        }
        catch (ArgumentException e)
        {
            throw new UserInputException(e.Message);
        }
        if (settings.Json)
        {
            CliJson.Write(output, new InrcResult(primary, marrow, metastases, overall));
            return ExitCodes.Success;
        }
        var table = new Table().AddColumn("component").AddColumn("INRC 2017 response");
        table.AddRow("primary tumour", primary.ToString());
        table.AddRow("bone marrow", marrow.ToString());
        table.AddRow("metastases", metastases.ToString());
        table.AddRow("[bold]overall[/]", $"[bold]{overall}[/]");
        output.Console.Write(table);
        return ExitCodes.Success;
    }

    private static InrcComponentResponse Parse(InrcComponent component, string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new UserInputException($"{option} is required ({Allowed(component)})");
        if (!Enum.TryParse<InrcComponentResponse>(text.Trim(), ignoreCase: true, out var value)
            || !Enum.IsDefined(value) || int.TryParse(text, out _) || !InrcOverall.IsAllowed(component, value))
            throw new UserInputException($"{option}: '{text}' is not a {InrcOverall.Name(component)} response ({Allowed(component)})");
        return value;
    }

    private static string Allowed(InrcComponent component) =>
        string.Join(", ", Enum.GetValues<InrcComponentResponse>().Where(r => InrcOverall.IsAllowed(component, r)));
}

/// <summary>The <c>--json</c> document of <c>mibg score inrc</c>.</summary>
internal sealed record InrcResult(
    InrcComponentResponse Primary, InrcComponentResponse Marrow, InrcComponentResponse Metastases, InrcOverallResponse Overall);
