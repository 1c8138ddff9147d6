using System.Reflection;
using Mibg.Analysis.Results;
using Mibg.Analysis.Steps;
using Mibg.Core.Plan;
using Mibg.Core.Study;

namespace Mibg.Analysis;

/// <summary>
/// Runs an analysis plan over a study: the eleven steps of design/analysis.md, giving a
/// <see cref="StudyResults"/> (results.json). Pure: no I/O, no clock; the same study and plan give the same results.
/// </summary>
public static class StudyAnalysis
{
    /// <summary>The mibg version stamped on results (informational version of this assembly).</summary>
    public static string Version { get; } =
        typeof(StudyAnalysis).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(StudyAnalysis).Assembly.GetName().Version?.ToString(3) ?? "0";

    /// <summary>Runs <paramref name="plan"/> (validated first) over <paramref name="study"/>.</summary>
    /// <exception cref="InvalidPlanException">The plan is invalid; names each field at fault.</exception>
    public static StudyResults Run(StudyData study, AnalysisPlan plan)
    {
        var errors = PlanValidator.Validate(plan);
        if (errors.Count > 0) throw new InvalidPlanException(errors);
        // Data the plan needs: a study where no patient has an hdc_date (column missing or empty) would give
        // "0 eligible" as if all were well; stop and say what depends on it.
        if (plan.Eligibility.RequireHdc && study.Patients.Count > 0 && study.Patients.All(p => p.HdcDate is null))
            throw new InvalidPlanException([new PlanError("eligibility.require_hdc",
                "no patient has an hdc_date (is the column missing?): the plan requires HDC given and places the post-HDC scan after it, " +
                "so every patient would be excluded. Add hdc_date to the patients table, or set eligibility.require_hdc to false.")]);
        var ctx = new AnalysisContext(study, plan);
        var (flow, excluded) = CohortFlow.Build(ctx);
        var relapseSites = RelapseSitesStep.Build(ctx);
        var survival = SurvivalStep.Build(ctx);
        var oligo = RelapseSitesStep.Oligo(ctx);
        var localControlSites = LocalControlStep.Sites(ctx);
        var trialEligibility = TrialEligibilityStep.Build(ctx, oligo, localControlSites);
        var incidence = LocalControlStep.Incidence(ctx, localControlSites);
        var localControl = RelapseSitesStep.LocalControl(ctx, relapseSites, oligo, trialEligibility.Eligible, LocalControlStep.Observed(incidence)) with
        {
            Sites = localControlSites,
            Incidence = incidence,
        };
        var (trial, trialNote) = TrialStep.Build(ctx, oligo, survival, localControl);
        var results = new StudyResults
        {
            Study = new StudyCounts(study.Patients.Count, study.Scans.Count, study.Reads.Count, study.Events.Count),
            Flow = flow,
            Excluded = excluded,
            PendingReads = ReportDataStep.PendingReads(ctx),
            Persistent = GroupsStep.Persistent(ctx),
            Groups = GroupsStep.Groups(ctx),
            Scores = ScoresStep.Build(ctx),
            Followup = FollowUpStep.Build(ctx),
            RelapseSites = relapseSites,
            Oligo = oligo,
            Survival = survival,
            Agreement = AgreementStep.Build(ctx),
            Trial = trial,
            TrialNote = trialNote,
            Published = [],
            Cox = CoxStep.Build(ctx),
            TimeDependentCox = TimeDependentCoxStep.Build(ctx, survival),
            CumulativeIncidence = relapseSites.Patterns is { } patterns ? CumulativeIncidenceStep.Build(ctx, patterns) : null,
            LocalControl = localControl,
            CohortFollowup = CohortFollowUp(ctx, survival),
            SegmentFrequencies = ReportDataStep.SegmentFrequencies(ctx),
            Swimmer = ReportDataStep.Swimmer(ctx),
            Table1 = Table1Step.Build(ctx),
            Scans = ReportDataStep.Scans(ctx),
            Response = ResponseStep.Build(ctx),
            TrialEligibility = trialEligibility,
            Reproducibility = new Reproducibility
            {
                Plan = plan,
                StudySha256 = StudyChecksum.Compute(study),
                StudyChecksumMethod = StudyChecksum.Method,
                MibgVersion = Version,
            },
        };
        return plan.Published == PublishedComparison.Seed ? results with { Published = PublishedFiguresStep.Seed(ctx, results) } : results;
    }

    private static CohortFollowUp CohortFollowUp(AnalysisContext ctx, IReadOnlyList<SurvivalComparison> survival)
    {
        var km = survival.FirstOrDefault(s => s is { Endpoint: SurvivalEndpoint.Efs, Comparison: SurvivalStep.Cohort, Origin: TimeOrigin.Diagnosis });
        return new CohortFollowUp
        {
            Observed = FollowUpStep.Summarise(ctx, "eligible", ctx.Eligible),
            ReverseKmMedianYears = km?.Km.Strata.FirstOrDefault()?.FollowupMedian,
        };
    }
}
