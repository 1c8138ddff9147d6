using System.Text.Json;
using Mibg.Statistics.Survival;
using Mibg.Statistics.Tests.Reference;

namespace Mibg.Statistics.Tests.Survival;

/// <summary>
/// Every value of R's survfit answers (summary(fit, censored = TRUE) steps, summary(fit)$table median and CI,
/// reverse-KM median follow-up, summary(fit, times =), rmean) for every reference file, to 1e-6 relative, counts exact.
/// Expected values: the JSON files written by R (make-goldens.R in ../shared/reference, make-extra-goldens.R here).
/// </summary>
public sealed class KaplanMeierReferenceTests
{
    public static TheoryData<string, int> Cases => SurvivalReferenceCases.Ids("km");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_survfit(string file, int index)
    {
        var c = SurvivalReferenceCases.Get(file, "km", index);
        var rows = ReferenceData.CompleteRows(c.Table, c.Time, c.Status, c.Group);
        var times = ReferenceData.Numbers(c.Table, c.Time, rows);
        var events = ReferenceData.Events(c.Table, c.Status, rows);
        var confTypeName = c.Spec.Text("conf.type") ?? "log";
        Assert.True(ConfidenceTypeNames.TryParse(confTypeName, out var confType));
        var options = new KaplanMeierOptions { ConfType = confType };
        var fit = c.Group is null
            ? KaplanMeier.Fit(times, events, options)
            : KaplanMeier.FitGroups(times, events, ReferenceData.Texts(c.Table, c.Group, rows), options);

        Assert.Equal("kaplan-meier", fit.Method);
        Assert.Equal(c.Answer.Text("conf_type"), fit.ConfType);
        var expectedStrata = c.Answer.GetProperty("strata").EnumerateArray().ToArray();
        AssertOrder(file, expectedStrata.Select(s => s.Text("name")!), fit.Strata.Select(s => s.Name));
        foreach (var expected in expectedStrata)
        {
            var actual = fit.Strata.Single(s => s.Name == expected.Text("name"));
            var where = $"{file} km[{index}] {actual.Name}";
            Assert.Equal((int)expected.Number("n")!, actual.N);
            Assert.Equal((int)expected.Number("events")!, actual.Events);
            Close.Equal(expected.Number("median"), actual.Median, where + " median");
            Close.Equal(expected.Number("median_lower"), actual.MedianLower, where + " median_lower");
            Close.Equal(expected.Number("median_upper"), actual.MedianUpper, where + " median_upper");
            Close.Equal(expected.Number("followup_median"), actual.FollowupMedian, where + " followup_median");
            var steps = expected.GetProperty("steps").EnumerateArray().ToArray();
            Assert.Equal(steps.Length, actual.Steps.Count);
            foreach (var (e, a) in steps.Zip(actual.Steps))
            {
                var at = $"{where} t={e.Number("time")}";
                Assert.Equal(e.Number("time"), a.Time);
                Assert.Equal((int)e.Number("n_risk")!, a.NRisk);
                Assert.Equal((int)e.Number("n_event")!, a.NEvent);
                Assert.Equal((int)e.Number("n_censor")!, a.NCensor);
                Close.Equal(e.Number("survival"), a.Survival, at + " survival");
                Close.Equal(e.Number("std_err"), a.StdErr, at + " std_err");
                Close.Equal(e.Number("lower"), a.Lower, at + " lower");
                Close.Equal(e.Number("upper"), a.Upper, at + " upper");
            }
            if (expected.TryGetProperty("at", out var atTimes))
                foreach (var e in atTimes.EnumerateArray())
                {
                    var t = e.Number("time")!.Value;
                    Assert.Equal((int)e.Number("n_risk")!, actual.NumberAtRisk(t));
                    Close.Equal(e.Number("survival"), actual.SurvivalAt(t), $"{where} S({t})");
                    if (actual.StepAt(t) is { } step)
                    {
                        Close.Equal(e.Number("std_err"), step.StdErr, $"{where} se(S({t}))");
                        Close.Equal(e.Number("lower"), step.Lower, $"{where} lower({t})");
                        Close.Equal(e.Number("upper"), step.Upper, $"{where} upper({t})");
                    }
                }
            if (expected.TryGetProperty("rmean", out var rmean) && rmean.ValueKind == JsonValueKind.Object)
                Close.Equal(rmean.Number("value"), actual.RestrictedMean(rmean.Number("horizon")), $"{where} rmean");
        }
        }

    /// <summary>
    /// Files under extra/ were read back with read.csv, so R's strata follow factor() order on the column (numeric
    /// sort or alphabetical) — ours must match. public/veteran was made from the package's own factor (level order
    /// squamous, smallcell, adeno, large), which a CSV cannot carry: there only the names are compared.
    /// </summary>
    internal static void AssertOrder(string file, IEnumerable<string> expected, IEnumerable<string> actual)
    {
        if (file.StartsWith("extra/", StringComparison.Ordinal)) Assert.Equal(expected, actual);
        else Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }
}
