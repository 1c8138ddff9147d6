using Mibg.Cli.Infrastructure;
using Mibg.Storage.Reading;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary><c>mibg validate STUDY [--images DIR]</c>: every diagnostic on stderr (or as JSON); exit 1 on any error.</summary>
internal sealed class ValidateCommand(CliOutput output) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var result = StudyReading.Read(output, settings, settings.ValidateOptions());
        if (settings.Json)
        {
            CliJson.Write(output, new
            {
                study = settings.Study,
                valid = !result.HasErrors,
                errors = result.ErrorCount,
                warnings = result.WarningCount,
                counts = result.Study is { } s ? DiagnosticsOutput.Json(DiagnosticsOutput.Counts(s)) : null,
                diagnostics = result.Diagnostics.Select(DiagnosticsOutput.Json).ToArray(),
            });
        }
        else
        {
            DiagnosticsOutput.Print(output, result);
            if (result.Study is { } study)
                output.Out.WriteLine(
                    $"{settings.Study}: valid ({DiagnosticsOutput.Counts(study)}{(result.WarningCount > 0 ? $"; {DiagnosticsOutput.Plural(result.WarningCount, "warning")}" : "")})");
            else
                output.Err.WriteLine($"{settings.Study}: not valid; fix the errors above and run mibg validate again");
        }
        return result.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
