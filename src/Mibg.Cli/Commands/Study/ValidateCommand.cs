using Mibg.Cli.Infrastructure;
using Mibg.Storage.Reading;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary><c>mibg validate STUDY [--images DIR]</c>: every diagnostic on stderr (or as JSON); exit 1 on any error.</summary>
internal sealed class ValidateCommand : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var result = StudyReading.Read(settings, settings.ValidateOptions());
        if (settings.Json)
        {
            CliJson.Write(new
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
            DiagnosticsOutput.Print(result);
            if (result.Study is { } study)
                CliOutput.Out.WriteLine(
                    $"{settings.Study}: valid ({DiagnosticsOutput.Counts(study)}{(result.WarningCount > 0 ? $"; {DiagnosticsOutput.Plural(result.WarningCount, "warning")}" : "")})");
            else
                CliOutput.Err.WriteLine($"{settings.Study}: not valid; fix the errors above and run mibg validate again");
        }
        return result.HasErrors ? ExitCodes.InvalidInput : ExitCodes.Success;
    }
}
