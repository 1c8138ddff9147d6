using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Study;
using Mibg.Statistics.CompetingRisks;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Local control of the sites persisting after HDC (docs/analysis.md "Local control of persistent sites"): every
/// segment positive on the post-HDC scan of a persistent patient, irradiated or not, followed to local failure with
/// competing events; cumulative incidence by arm (the cmprsk engine) with a patient-level bootstrap.
/// </summary>
internal static class LocalControlStep
{
    public const string Irradiated = "irradiated";
    public const string NotIrradiated = "not_irradiated";
    private const int LocalFailureCause = 1, CompetingCause = 2, Censored = 0;

    /// <summary>Every persistent site, ordered by patient id then published segment order.</summary>
    public static IReadOnlyList<LocalControlSite> Sites(AnalysisContext ctx)
    {
        var courses = StudyRadiotherapy.Courses(ctx.Study);
        var rt = ctx.Plan.Radiotherapy;
        return ctx.Members(GroupCodes.Persistent)
            .SelectMany(c => LocalControlSites.Assess(c, courses, rt.IrradiationWindowDays,
                ctx.Plan.TimePointWindows.ProgressionDays, ctx.Plan.Endpoints.DaysPerYear))
            .ToArray();
    }

    /// <summary>The cumulative incidence comparison; null when no site was irradiated, or none failed and none competed.</summary>
    public static LocalFailureIncidence? Incidence(AnalysisContext ctx, IReadOnlyList<LocalControlSite> sites)
    {
        if (sites.Count == 0 || !sites.Any(s => s.Irradiated) || sites.All(s => s.Outcome == SiteOutcome.Censored)) return null;
        var settings = ctx.Plan.Radiotherapy;
        var times = settings.LocalFailureTimesYears.Distinct().Order().ToArray();
        string ArmOf(LocalControlSite s) => s.Irradiated ? Irradiated : NotIrradiated;
        var arms = new[] { Irradiated, NotIrradiated }.Select(arm =>
        {
            var a = sites.Where(s => ArmOf(s) == arm).ToArray();
            return new LocalControlArm(arm, a.Length, a.Select(s => s.PatientId).Distinct().Count(),
                a.Count(s => s.Outcome == SiteOutcome.LocalFailure), a.Count(s => s.Outcome == SiteOutcome.Competing),
                a.Count(s => s.Outcome == SiteOutcome.Censored));
        }).ToArray();

        var curves = new List<LocalFailureCurve>();
        double? gray = null;
        if (sites.Any(s => s.Outcome != SiteOutcome.Censored))
        {
            var fit = CumulativeIncidence.Fit(sites.Select(s => s.TimeYears).ToArray(), sites.Select(Status).ToArray(),
                sites.Select(ArmOf).ToArray());
            foreach (var arm in fit.Groups)
                if (fit.Curves.FirstOrDefault(c => c.Group == arm && c.Cause == "1") is { } curve)
                    curves.Add(new LocalFailureCurve(arm, curve.Steps.Select(p => new LocalFailurePoint(p.Time, p.Estimate)).ToArray()));
            gray = fit.Test("1")?.P;
        }

        var point = new Dictionary<string, double?[]>
        {
            [Irradiated] = Cif(sites.Where(s => s.Irradiated).ToArray(), times),
            [NotIrradiated] = Cif(sites.Where(s => !s.Irradiated).ToArray(), times),
        };
        var boot = Bootstrap(sites, times, settings.BootstrapResamples, settings.BootstrapSeed);
        var at = times.Select((t, i) =>
        {
            var (irr, not, diff, used) = (boot.Irradiated[i], boot.NotIrradiated[i], boot.Difference[i], boot.Used[i]);
            var d = point[Irradiated][i] - point[NotIrradiated][i];
            return new LocalFailureAt(t, point[Irradiated][i], Quantile(irr, 0.025), Quantile(irr, 0.975),
                point[NotIrradiated][i], Quantile(not, 0.025), Quantile(not, 0.975), d, Quantile(diff, 0.025), Quantile(diff, 0.975), used);
        }).ToArray();

        var five = Cif(sites.Where(s => s.Irradiated).ToArray(), [5.0])[0];
        return new LocalFailureIncidence
        {
            Arms = arms,
            Curves = curves,
            AtTimes = at,
            GrayPSiteLevel = gray,
            Dependence = "Sites of one patient share the patient's follow-up and relapse, so they are not independent. The curves "
                + "are site-level Aalen–Johansen estimates (every site counts once); their intervals and the interval of the difference "
                + $"come from a patient-level (cluster) bootstrap: patients are resampled with all their sites, {settings.BootstrapResamples} "
                + "resamples, percentile intervals. Gray's test is shown for reference only: it treats sites as independent and so "
                + "understates uncertainty.",
            Literature =
            [
                new("5-year local control, irradiated persistent sites", five is { } f ? 1 - f : null, 0.67,
                    "Casey et al., IJROBP 2018;100:1204 (doi:10.1016/j.ijrobp.2018.01.008)",
                    "Casey: sites still mIBG-avid after induction (this study: after HDC), 21 Gy in most; 1 − cumulative incidence of local failure here."),
                new("5-year local control, all irradiated metastatic sites", five is { } g ? 1 - g : null, 0.81,
                    "Casey et al., IJROBP 2018", "Casey: 244 metastases in 159 patients, cleared and persistent sites together."),
                new("irradiated metastases that recurred", arms[0].Sites == 0 ? null : (double)arms[0].LocalFailures / arms[0].Sites, 43.0 / 244,
                    "Casey et al., IJROBP 2018", "Crude proportion (43 of 244 in Casey), not time-adjusted."),
            ],
        };
    }

    /// <summary>
    /// 1 − the irradiated arm's cumulative incidence of local failure at the last reported time it is followed to: the
    /// study's own local control of irradiated sites, beside the assumed p of the counterfactual. Null without an estimate.
    /// </summary>
    public static double? Observed(LocalFailureIncidence? incidence) =>
        incidence?.AtTimes.LastOrDefault(a => a.Irradiated is not null)?.Irradiated is { } f ? 1 - f : null;

    private static int Status(LocalControlSite s) => s.Outcome switch
    {
        SiteOutcome.LocalFailure => LocalFailureCause,
        SiteOutcome.Competing => CompetingCause,
        _ => Censored,
    };

    /// <summary>Cumulative incidence of local failure at each time for one arm's sites; null after its follow-up (cmprsk NA).</summary>
    private static double?[] Cif(IReadOnlyList<LocalControlSite> sites, double[] times)
    {
        if (sites.Count == 0) return new double?[times.Length];
        var last = sites.Max(s => s.TimeYears);
        if (!sites.Any(s => s.Outcome == SiteOutcome.LocalFailure))
            return times.Select(t => t <= last ? (double?)0 : null).ToArray();
        var fit = CumulativeIncidence.Fit(sites.Select(s => s.TimeYears).ToArray(), sites.Select(Status).ToArray());
        var curve = fit.Curve(CumulativeIncidence.AllGroup, "1");
        return curve.At(times).Select(a => a.Estimate).ToArray();
    }

    private sealed record BootstrapDraws(List<double>[] Irradiated, List<double>[] NotIrradiated, List<double>[] Difference, int[] Used);

    /// <summary>Resamples patients with replacement (all their sites together) and recomputes each arm's curve.</summary>
    private static BootstrapDraws Bootstrap(IReadOnlyList<LocalControlSite> sites, double[] times, int resamples, int seed)
    {
        var byPatient = sites.GroupBy(s => s.PatientId, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        var draws = new BootstrapDraws(
            times.Select(_ => new List<double>()).ToArray(), times.Select(_ => new List<double>()).ToArray(),
            times.Select(_ => new List<double>()).ToArray(), new int[times.Length]);
        var random = new Random(seed);
        for (var b = 0; b < resamples; b++)
        {
            var sample = new List<LocalControlSite>();
            for (var i = 0; i < byPatient.Length; i++) sample.AddRange(byPatient[random.Next(byPatient.Length)]);
            var irr = Cif(sample.Where(s => s.Irradiated).ToArray(), times);
            var not = Cif(sample.Where(s => !s.Irradiated).ToArray(), times);
            for (var i = 0; i < times.Length; i++)
            {
                if (irr[i] is { } x) draws.Irradiated[i].Add(x);
                if (not[i] is { } y) draws.NotIrradiated[i].Add(y);
                if (irr[i] is { } x2 && not[i] is { } y2) { draws.Difference[i].Add(x2 - y2); draws.Used[i]++; }
            }
        }
        return draws;
    }

    /// <summary>R's type-7 quantile; null with fewer than 20 draws (too few for a percentile interval).</summary>
    private static double? Quantile(List<double> values, double p)
    {
        if (values.Count < 20) return null;
        var sorted = values.Order().ToArray();
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < sorted.Length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }
}
