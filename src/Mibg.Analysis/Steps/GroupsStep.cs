using Mibg.Core.Plan;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;
using Mibg.Statistics.Descriptive;

namespace Mibg.Analysis.Steps;

/// <summary>Step 3: the groups, and the persistence proportion with its intervals.</summary>
internal static class GroupsStep
{
    public static IReadOnlyList<GroupMembers> Groups(AnalysisContext ctx) =>
        GroupCodes.All.Select(g =>
        {
            var members = ctx.Members(g).Select(c => c.PatientId).ToArray();
            var reasons = g == GroupCodes.NotEvaluable
                ? members.ToDictionary(id => id, id => ctx.Assignments[id].Reason ?? "", StringComparer.Ordinal)
                : new Dictionary<string, string>();
            return new GroupMembers(g, members, reasons);
        }).ToArray();

    public static PersistenceProportion Persistent(AnalysisContext ctx)
    {
        var persistent = ctx.Members(GroupCodes.Persistent).Select(c => c.PatientId).ToArray();
        var n = persistent.Length;
        var of = ctx.Eligible.Count;
        var level = ctx.Plan.ConfidenceLevel;
        var wilson = of > 0 ? Proportion.Wilson(n, of, level) : null;
        var exact = of > 0 ? Proportion.ClopperPearson(n, of, level) : null;
        var main = ctx.Plan.ProportionInterval switch
        {
            ProportionIntervalMethod.Wilson => wilson,
            ProportionIntervalMethod.ClopperPearson => exact,
            _ => throw new ArgumentOutOfRangeException(nameof(ctx), ctx.Plan.ProportionInterval, "undefined interval method"),
        };
        return new PersistenceProportion
        {
            N = n,
            Of = of,
            Proportion = of > 0 ? (double)n / of : 0,
            CiLower = main?.Lower ?? double.NaN,
            CiUpper = main?.Upper ?? double.NaN,
            Method = ctx.Plan.ProportionInterval,
            ConfLevel = level,
            WilsonLower = wilson?.Lower ?? double.NaN,
            WilsonUpper = wilson?.Upper ?? double.NaN,
            ClopperPearsonLower = exact?.Lower ?? double.NaN,
            ClopperPearsonUpper = exact?.Upper ?? double.NaN,
            Patients = persistent,
        };
    }
}
