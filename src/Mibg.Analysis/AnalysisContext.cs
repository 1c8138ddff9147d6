using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.Study;

namespace Mibg.Analysis;

/// <summary>
/// What every analysis step reads: the study, the plan, every patient's course, the eligible cohort and the
/// group of each eligible patient. Built once by <see cref="StudyAnalysis"/>.
/// </summary>
internal sealed class AnalysisContext
{
    public AnalysisContext(StudyData study, AnalysisPlan plan)
    {
        Study = study;
        Plan = plan;
        Courses = PatientCourse.BuildAll(study, plan).OrderBy(c => c.PatientId, StringComparer.Ordinal).ToArray();
        var excluded = new List<(PatientCourse Course, IneligibilityReason Reason)>();
        var eligible = new List<PatientCourse>();
        foreach (var c in Courses)
        {
            var failure = Eligibility.FirstFailure(c, plan.Eligibility, plan.TimePointWindows);
            if (failure is null) eligible.Add(c);
            else excluded.Add((c, failure));
        }
        Eligible = eligible.OrderBy(c => c.PatientId, StringComparer.Ordinal).ToArray();
        Ineligible = excluded;
        Assignments = Eligible.ToDictionary(c => c.PatientId, c => GroupRules.Assign(c, plan), StringComparer.Ordinal);
    }

    public StudyData Study { get; }
    public AnalysisPlan Plan { get; }
    /// <summary>Every patient's course, ordinal by id (results do not depend on row order).</summary>
    public IReadOnlyList<PatientCourse> Courses { get; }
    /// <summary>Eligible patients, ordinal by id.</summary>
    public IReadOnlyList<PatientCourse> Eligible { get; }
    public IReadOnlyList<(PatientCourse Course, IneligibilityReason Reason)> Ineligible { get; }
    public IReadOnlyDictionary<string, GroupAssignment> Assignments { get; }

    /// <summary>Eligible patients of a group (leaf or union), ordinal by id.</summary>
    public IReadOnlyList<PatientCourse> Members(string group) =>
        Eligible.Where(c => GroupCodes.Containing(Assignments[c.PatientId].Group).Contains(group)).ToArray();

    /// <summary>Years between two dates under the plan's time unit.</summary>
    public double Years(DateOnly from, DateOnly to) => (to.DayNumber - from.DayNumber) / Plan.Endpoints.DaysPerYear;
}
