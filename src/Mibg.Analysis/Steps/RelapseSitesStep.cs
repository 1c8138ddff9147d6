using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Core.Scoring;
using Mibg.Core.Study;
using Mibg.Core.TimePoints;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 7 (design/domain.md, "Site-level analysis"): for every eligible patient whose first disease event after
/// the post-HDC scan has a progression scan, the segments positive at progression are classified against the last
/// read post-HDC or end-of-treatment scan before the event and the diagnosis scan. Headline counts over
/// <c>progression_after_treatment</c>.
/// </summary>
internal static class RelapseSitesStep
{
    public static RelapseSites Build(AnalysisContext ctx)
    {
        var courses = StudyRadiotherapy.Courses(ctx.Study);
        var window = ctx.Plan.Radiotherapy.IrradiationWindowDays;
        var patients = new List<PatientRelapseSites>();
        foreach (var c in ctx.Eligible)
        {
            var a = ctx.Assignments[c.PatientId];
            if (a.FirstDiseaseEvent is not { } ev) continue;
            var prog = c.ProgressionScanFor(ev, ctx.Plan.TimePointWindows.ProgressionDays);
            var reference = c.Scans.Where(s => s.TimePoint is TimePoint.PostHdc or TimePoint.EndOfTreatment && s.Date < ev.EventDate && s.Read is not null)
                .LastOrDefault();
            var dx = c.DiagnosisScan;
            if (prog?.Read is null || reference?.Read is null || dx?.Read is null) continue;
            var k = RelapseSiteClassification.Classify(prog.Read, reference.Read, dx.Read);
            var positive = k.Persistent.Concat(k.Cleared).Concat(k.New).OrderBy(s => SiopenSegments.FindByCode(s)!.Number);
            var inField = c.PostHdcScan is { } post ? IrradiatedSite.InField(c.PatientId, positive, courses, post.Date, window, ev.EventDate) : [];
            patients.Add(new PatientRelapseSites
            {
                PatientId = c.PatientId,
                Group = a.Group,
                EventDate = ev.EventDate,
                ProgressionScanId = prog.ScanId,
                ReferenceScanId = reference.ScanId,
                ReferenceTimepoint = reference.TimePoint,
                DiagnosisScanId = dx.ScanId,
                Persistent = k.Persistent,
                Cleared = k.Cleared,
                New = k.New,
                NonSkeletal = ev.Sites.Where(s => !SiopenSegments.IsCode(s)).ToArray(),
                InField = inField,
                Pattern = k.Pattern,
                AtPriorSkeletalSites = k.AtPriorSkeletalSites,
            });
        }
        var headline = ctx.Members(GroupCodes.ProgressionAfterTreatment).Select(c => c.PatientId).ToArray();
        var classified = patients.Where(p => p.Group == GroupCodes.ProgressionAfterTreatment).ToArray();
        var atPrior = classified.Where(p => p.AtPriorSkeletalSites).Select(p => p.PatientId).ToArray();
        return new RelapseSites
        {
            Relapses = headline.Length,
            AtPriorSkeletalSites = atPrior.Length,
            RelapsePatients = headline,
            AtPriorSkeletalSitesPatients = atPrior,
            WithoutProgressionScan = headline.Where(id => classified.All(p => p.PatientId != id)).ToArray(),
            Patients = patients,
            Patterns = CumulativeIncidenceStep.Patterns(ctx, patients),
        };
    }

    /// <summary>
    /// The population a trial of irradiating persistent sites would enrol in this study: oligo-skeletal after HDC and no
    /// persistent site irradiated within the window (<c>trial_eligibility.eligible</c>). The trial is sized for its
    /// implied HR; without radiotherapy data it is the oligo population.
    /// </summary>
    public const string TrialEligiblePopulation = "trial_eligible";

    /// <summary>Values of p tabulated for the sensitivity of the counterfactual.</summary>
    public static readonly IReadOnlyList<double> SensitivityProbabilities = [0.5, 0.67, 0.8, 0.9, 1.0];

    /// <summary>
    /// Step 8, counterfactual: a relapse of a persistent patient is preventable only when every site is a persistent
    /// skeletal site (no cleared or new segment and no non-skeletal site) and none of them was irradiated after the
    /// post-HDC scan (an in-field failure shows irradiation was given and did not prevent it); prevented with p^k. Per
    /// population (oligo, persistent) with the EFS hazard ratio it implies, and a sensitivity over p.
    /// </summary>
    public static LocalControlResult LocalControl(AnalysisContext ctx, RelapseSites sites, OligoResult oligo,
        IReadOnlyList<string> trialEligible, double? observedLocalControl = null)
    {
        var p = ctx.Plan.LocalControlProbability;
        var persistentRelapses = sites.Patients.Where(x => ctx.Assignments[x.PatientId].Persistent).ToArray();
        var preventable = persistentRelapses.Where(IsPreventable).ToArray();
        var inField = persistentRelapses.Where(x => x.InField.Count > 0).Select(x => x.PatientId).Order(StringComparer.Ordinal).ToArray();
        var persistentIds = ctx.Members(GroupCodes.Persistent).Select(c => c.PatientId).ToArray();
        var populations = new (string Name, IReadOnlyList<string> Ids)[]
        {
            ("oligo", oligo.Patients), ("persistent", persistentIds), (TrialEligiblePopulation, trialEligible),
        };
        LocalControlPopulation Population(string name, IReadOnlyList<string> ids, double prob)
        {
            var set = ids.ToHashSet(StringComparer.Ordinal);
            var prev = preventable.Where(x => set.Contains(x.PatientId)).ToArray();
            var expected = prev.Sum(x => Math.Pow(prob, x.Persistent.Count));
            var efs = ctx.Eligible.Where(c => set.Contains(c.PatientId) && Endpoints.HasEfsEvent(c)).Select(c => c.PatientId).ToArray();
            return new LocalControlPopulation
            {
                Population = name,
                Patients = set.Count,
                Relapses = persistentRelapses.Count(x => set.Contains(x.PatientId)),
                Preventable = prev.Select(x => x.PatientId).Order(StringComparer.Ordinal).ToArray(),
                InFieldFailures = inField.Where(set.Contains).ToArray(),
                ExpectedPrevented = expected,
                EfsEvents = efs.Length,
                EfsEventPatients = efs,
                ImpliedHazardRatio = efs.Length == 0 ? null : (efs.Length - expected) / efs.Length,
            };
        }
        return new LocalControlResult
        {
            Probability = p,
            Relapses = persistentRelapses.Length,
            ConfinedToPersistent = preventable.Length,
            InFieldFailures = inField,
            ExpectedPrevented = preventable.Sum(x => Math.Pow(p, x.Persistent.Count)),
            Patients = preventable.Select(x => new PreventedRelapse(x.PatientId, x.Persistent.Count, Math.Pow(p, x.Persistent.Count))).ToArray(),
            Populations = populations.Select(x => Population(x.Name, x.Ids, p)).ToArray(),
            ObservedLocalControl = observedLocalControl,
            Sensitivity = SensitivityProbabilities.Select(q => (q, "assumed"))
                .Concat(observedLocalControl is { } obs ? [(obs, "observed")] : [])
                .OrderBy(x => x.Item1)
                .Select(x =>
                {
                    var o = Population("oligo", oligo.Patients, x.Item1);
                    var te = Population(TrialEligiblePopulation, trialEligible, x.Item1);
                    return new LocalControlSensitivity(x.Item1, o.ExpectedPrevented, Population("persistent", persistentIds, x.Item1).ExpectedPrevented, o.ImpliedHazardRatio)
                    {
                        Source = x.Item2,
                        TrialEligible = te.ExpectedPrevented,
                        TrialEligibleImpliedHazardRatio = te.ImpliedHazardRatio,
                    };
                }).ToArray(),
        };
    }

    /// <summary>
    /// Every site of the relapse is a persistent skeletal site and none was irradiated after the post-HDC scan:
    /// radiotherapy to the persistent sites could have prevented it. A relapse with an in-field failure is not
    /// preventable by irradiation, whatever its other sites.
    /// </summary>
    public static bool IsPreventable(PatientRelapseSites x) =>
        x.Pattern == RelapsePattern.ConfinedToPersistent && x.NonSkeletal.Count == 0 && x.InField.Count == 0;

    /// <summary>Step 8, oligo: persistent patients whose scan at the plan's time point meets the oligo definition.</summary>
    public static OligoResult Oligo(AnalysisContext ctx)
    {
        var def = ctx.Plan.Oligo;
        var persistent = ctx.Members(GroupCodes.Persistent);
        var tp = def.Timepoint;
        var oligo = persistent.Where(c => ScoresStep.ScanAt(ctx, c, tp)?.Read is { } r && OligoRule.IsOligo(r, def))
            .Select(c => c.PatientId).ToArray();
        return new OligoResult(oligo.Length, persistent.Count, oligo, def.Describe());
    }
}
