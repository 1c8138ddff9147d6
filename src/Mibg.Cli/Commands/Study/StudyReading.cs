using Mibg.Cli.Infrastructure;
using Mibg.Storage.Reading;
using Spectre.Console;

namespace Mibg.Cli.Commands.Study;

/// <summary>Reads and validates the study of a command, with a spinner on a terminal (large studies take seconds).</summary>
internal static class StudyReading
{
    public static StudyReadResult Read(CliOutput output, StudySettings settings) => Read(output, settings, settings.ReadOptions());

    public static StudyReadResult Read(CliOutput output, StudySettings settings, StudyReadOptions options)
    {
        if (!output.IsInteractive || settings.Json)
            return StudyReader.Read(settings.Study, options);
        return output.Console.Status().Start($"validating {Markup.Escape(settings.Study)}",
            _ => StudyReader.Read(settings.Study, options));
    }
}
