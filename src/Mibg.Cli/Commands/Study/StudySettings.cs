using System.ComponentModel;
using System.Globalization;
using Mibg.Storage.Layout;
using Mibg.Storage.Reading;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Study;

/// <summary>Arguments shared by <c>validate</c> and <c>import</c>: the study and the date rules.</summary>
internal class StudySettings : CommandSettings
{
    [CommandArgument(0, "<STUDY>")]
    [Description("The study: an .xlsx workbook with sheets patients, scans, reads, events, or a folder holding patients.csv, scans.csv, reads.csv, events.csv.")]
    public string Study { get; init; } = "";

    [CommandOption("--today <DATE>")]
    [Description("The date (YYYY-MM-DD) that no study date may be after. Default: today.")]
    public string? Today { get; init; }

    [CommandOption("--json")]
    [Description("Print one JSON document on stdout.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Today is not null && StudyRowValues.ParseDate(Today) is null
            ? ValidationResult.Error($"--today '{Today}' is not a date in the form YYYY-MM-DD")
            : ValidationResult.Success();

    public StudyReadOptions ReadOptions() =>
        new() { Today = Today is null ? null : DateOnly.ParseExact(Today, StudyRowValues.DateFormat, CultureInfo.InvariantCulture) };
}
