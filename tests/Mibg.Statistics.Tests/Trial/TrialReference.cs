using System.Text.Json;
using Mibg.Statistics.Trial;

namespace Mibg.Statistics.Tests.Trial;

/// <summary>One rpact getSampleSizeSurvival case: the assumptions and R's answers.</summary>
public sealed record RpactCase(string Label, TrialDesign Design, double Events, double Subjects, double? ProbabilityOfEvent);

/// <summary>
/// Reads the R reference cases: ../shared/reference/trial-size.json (the project's goldens, made by make-goldens.R)
/// and tests/Mibg.Statistics.Tests/Reference/trial-size-rpact.json (made by trial-size-rpact.R beside it).
/// </summary>
public static class TrialReference
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mibg.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Mibg.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The committed copy of ../shared/reference (tests must run on a clean clone without it).</summary>
    public static string SharedReference => Path.Combine(RepositoryRoot, "tests", "Mibg.Statistics.Tests", "Reference", "public");

    public static IReadOnlyList<RpactCase> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new List<RpactCase>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            double? Opt(string name) => c.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
            var median = Opt("control_median");
            var control = median is { } m ? ControlArm.FromMedian(m) : ControlArm.FromSurvival(Opt("control_survival")!.Value, Opt("at")!.Value);
            var method = Enum.Parse<SampleSizeMethod>(c.GetProperty("method").GetString()!, ignoreCase: true);
            var design = new TrialDesign
            {
                HazardRatio = c.GetProperty("hr").GetDouble(),
                Power = c.GetProperty("power").GetDouble(),
                Alpha = c.GetProperty("alpha").GetDouble(),
                Method = method,
                Allocation = c.GetProperty("allocation").GetDouble(),
                Control = control,
                AccrualYears = c.GetProperty("accrual").GetDouble(),
                FollowupYears = c.GetProperty("followup").GetDouble(),
                Dropout = c.GetProperty("dropout").GetDouble(),
            };
            var label = $"{Path.GetFileNameWithoutExtension(path)}[{cases.Count}] {method} HR {design.HazardRatio} k {design.Allocation} {control.Description} D {design.Dropout}";
            cases.Add(new RpactCase(label, design, c.GetProperty("events").GetDouble(), c.GetProperty("subjects").GetDouble(), Opt("probability_of_event")));
        }
        return cases;
    }

    public static IReadOnlyList<RpactCase> All() =>
    [
        .. Load(Path.Combine(SharedReference, "trial-size.json")),
        .. Load(Path.Combine(RepositoryRoot, "tests", "Mibg.Statistics.Tests", "Reference", "trial-size-rpact.json")),
    ];
}
