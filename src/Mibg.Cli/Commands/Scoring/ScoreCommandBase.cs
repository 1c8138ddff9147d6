using System.Globalization;
using Mibg.Cli.Infrastructure;
using Mibg.Core.Scoring;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Scoring;

/// <summary>Parses the scores, builds the score type (which checks ranges) and prints the result.</summary>
internal abstract class ScoreCommandBase(CliOutput output) : Command<ScoreSettings>
{
    /// <summary>Segment (region) codes in order, for messages.</summary>
    protected abstract IReadOnlyList<string> Codes { get; }

    /// <summary>Builds the score; throws <see cref="ScoreRangeException"/> on a bad value.</summary>
    protected abstract ISkeletalScore Create(int[] values);

    public override int Execute(CommandContext context, ScoreSettings settings, CancellationToken cancellationToken)
    {
        var current = Build(settings.Scores, "score");
        var baseline = settings.Baseline is null
            ? null
            : Build(settings.Baseline.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries), "baseline");
        var previous = settings.Previous is null
            ? null
            : Build(settings.Previous.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries), "previous");
        var assessment = baseline is null ? null : BoneResponseAssessment.Assess(current, baseline, previous);
        var result = new ScoreResult(current, assessment);
        if (settings.Json) CliJson.Write(output, result.ToJson());
        else Print(result);
        return ExitCodes.Success;
    }

    private ISkeletalScore Build(IReadOnlyList<string> texts, string what)
    {
        if (texts.Count != Codes.Count)
            throw new UserInputException($"{what}: expected {Codes.Count} values ({string.Join(' ', Codes)}), got {texts.Count}");
        var values = new int[texts.Count];
        for (var i = 0; i < texts.Count; i++)
            if (!int.TryParse(texts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i]))
                throw new UserInputException($"{what}: {Codes[i]}: '{texts[i]}' is not an integer");
        try
        {
            return Create(values);
        }
        catch (ScoreRangeException e)
        {
            throw new UserInputException($"{what}: {e.Segment}: {values[Codes.ToList().IndexOf(e.Segment)]} is outside 0..{Create(new int[Codes.Count]).MaxPerSegment}");
        }
    }

    private void Print(ScoreResult r)
    {
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("system", r.Score.System);
        table.AddRow("total", r.Score.Total.ToString(CultureInfo.InvariantCulture));
        table.AddRow("skeletal total", r.Score.SkeletalTotal.ToString(CultureInfo.InvariantCulture));
        table.AddRow("positive segments", r.Score.PositiveSegments.ToString(CultureInfo.InvariantCulture));
        table.AddRow("discrete lesions", r.Score.DiscreteLesions.ToString(CultureInfo.InvariantCulture));
        table.AddRow("diffuse segments", r.Score.DiffuseSegments.ToString(CultureInfo.InvariantCulture));
        if (r.Assessment is { } a)
        {
            table.AddRow("relative score", a.RelativeScore?.ToString("0.###", CultureInfo.InvariantCulture) ?? "not evaluable (baseline 0)");
            table.AddRow("new sites (vs baseline)", a.NewSites.Count == 0 ? "none" : string.Join(", ", a.NewSites));
            if (a.ComparedWithPrevious)
                table.AddRow("new sites (vs previous)", a.NewSincePrevious.Count == 0 ? "none" : string.Join(", ", a.NewSincePrevious));
            table.AddRow("INRC 2017 bone response", a.Response.ToString());
        }
        output.Console.Write(table);
    }
}

/// <summary><c>mibg score siopen</c>.</summary>
internal sealed class SiopenScoreCommand(CliOutput output) : ScoreCommandBase(output)
{
    protected override IReadOnlyList<string> Codes { get; } = SiopenSegments.All.Select(s => s.Code).ToArray();
    protected override ISkeletalScore Create(int[] values) => new SiopenScore(values);
}

/// <summary><c>mibg score curie</c>.</summary>
internal sealed class CurieScoreCommand(CliOutput output) : ScoreCommandBase(output)
{
    protected override IReadOnlyList<string> Codes => CurieRegions.All;
    protected override ISkeletalScore Create(int[] values) => new CurieScore(values);
}
