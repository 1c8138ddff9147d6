using Mibg.Core.TimePoints;
using System.Globalization;
using Mibg.Analysis.Results;
using Mibg.Core.Cohort;

namespace Mibg.Analysis.Steps;

/// <summary>
/// Step 11: the seed study's published figures (design/domain.md: the abstract, and the NCI PDQ summary for 13/17) set against the
/// computed ones. Each figure is compared number by number at the published precision (e.g. "8.2" to one
/// decimal, "15%" to a whole percent).
/// </summary>
internal static class PublishedFiguresStep
{
    private sealed record Figure(string Name, string Published, double[] Values, int[] Decimals, string Format, double?[] Computed, string Note, string? MismatchNote = null)
    {
        /// <summary>Where the published figure was printed (the abstract's Results sentence, or another document citing the study).</summary>
        public string Source { get; init; } = "";
    }

    private const string Abstract = "seed study abstract, Results, sentence ";
    private const string Pdq = "NCI PDQ Neuroblastoma Treatment (Health Professional Version), citing the study; not in the abstract, which says only " +
                               "that recurrence mainly occurred at sites present at diagnosis that cleared with chemotherapy";

    public static IReadOnlyList<PublishedFigure> Seed(AnalysisContext ctx, StudyResults r)
    {
        int Count(string g) => r.Groups.First(x => x.Group == g).N;
        ScoreSummary? Score(string g, TimePoint tp) => r.Scores.FirstOrDefault(s => s.Group == g && s.Timepoint == tp);
        FollowUpSummary? Fu(string g) => r.Followup.FirstOrDefault(f => f.Group == g);
        double?[] Mr(ScoreSummary? s) => [s?.Median, s?.Min, s?.Max];
        double?[] MrF(FollowUpSummary? f) => [f?.MedianYears, f?.MinYears, f?.MaxYears];
        var crRelapsed = ctx.Members(GroupCodes.CrAtEndOfTreatment).Count(c => ctx.Assignments[c.PatientId].FirstDiseaseEvent is not null);
        var rs = r.RelapseSites;

        var figures = new Figure[]
        {
            new("Persistent skeletal uptake after HDC", "30/201 (15%)", [30, 201, 15], [0, 0, 0], "{0}/{1} ({2}%)",
                [r.Persistent.N, r.Persistent.Of, 100 * r.Persistent.Proportion], "persistent") { Source = Abstract + "1" },
            new("Complete response at end of maintenance", "4", [4], [0], "{0}", [Count(GroupCodes.CrAtEndOfTreatment)], "groups: cr_at_end_of_treatment") { Source = Abstract + "2" },
            new("Of those, relapsed", "0 (did not relapse)", [0], [0], "{0}", [crRelapsed], "groups: cr_at_end_of_treatment with a disease event") { Source = Abstract + "2 (\"did not relapse\")" },
            new("Follow-up of complete responders, years", "8 [1.8–11.8]", [8, 1.8, 11.8], [0, 1, 1], "{0} [{1}–{2}]",
                MrF(Fu(GroupCodes.CrAtEndOfTreatment)), "followup: cr_at_end_of_treatment (diagnosis to last contact)") { Source = Abstract + "2" },
            new("Progressive disease during maintenance", "2", [2], [0], "{0}", [Count(GroupCodes.ProgressionDuringMaintenance)], "groups: progression_during_maintenance") { Source = Abstract + "2" },
            new("Persistent skeletal uptake at end of treatment", "24", [24], [0], "{0}", [Count(GroupCodes.PersistentAtEndOfTreatment)], "groups: persistent_at_end_of_treatment") { Source = Abstract + "3" },
            new("Persistent response without progression", "7", [7], [0], "{0}", [Count(GroupCodes.PersistentResponse)], "groups: persistent_response") { Source = Abstract + "3" },
            new("Follow-up of persistent responders, years", "8.2 [4–15.6]", [8.2, 4, 15.6], [1, 0, 1], "{0} [{1}–{2}]",
                MrF(Fu(GroupCodes.PersistentResponse)), "followup: persistent_response (diagnosis to last contact)") { Source = Abstract + "3" },
            new("Relapsed after treatment", "17", [17], [0], "{0}", [rs.Relapses], "relapse_sites.relapses (progression_after_treatment)") { Source = "derived from the abstract, Results, sentence 3: 24 still positive at the end of treatment − 7 persistent responses; the abstract does not print 17" },
            new("Relapses at sites of prior skeletal disease", "13/17 (76.5%)", [13, 17, 76.5], [0, 0, 1], "{0}/{1} ({2}%)",
                [rs.AtPriorSkeletalSites, rs.Relapses, rs.Relapses == 0 ? null : 100.0 * rs.AtPriorSkeletalSites / rs.Relapses],
                "relapse_sites.at_prior_skeletal_sites (persistent ∪ cleared segments at progression)") { Source = Pdq },
            new("SIOPEN post-consolidation, persistent responders", "2 [1–6]", [2, 1, 6], [0, 0, 0], "{0} [{1}–{2}]",
                Mr(Score(GroupCodes.PersistentResponse, TimePoint.PostHdc)), "scores: persistent_response@post_hdc") { Source = Abstract + "4" },
            new("SIOPEN end of treatment, persistent responders", "2 [0–4]", [2, 0, 4], [0, 0, 0], "{0} [{1}–{2}]",
                Mr(Score(GroupCodes.PersistentResponse, TimePoint.EndOfTreatment)), "scores: persistent_response@end_of_treatment",
                "The published minimum 0 contradicts the definition: persistent responders are the patients whose end-of-treatment " +
                "scan is still positive (SIOPEN total > 0), so no member can score 0. The analysis follows the definition; median and maximum agree.") { Source = Abstract + "4" },
            new("SIOPEN post-consolidation, progressed", "4 [1–28]", [4, 1, 28], [0, 0, 0], "{0} [{1}–{2}]",
                Mr(Score(GroupCodes.Progressed, TimePoint.PostHdc)), "scores: progressed@post_hdc (progression during maintenance ∪ after treatment)") { Source = Abstract + "4" },
            new("SIOPEN end of treatment, progressed", "2 [1–17]", [2, 1, 17], [0, 0, 0], "{0} [{1}–{2}]",
                Mr(Score(GroupCodes.Progressed, TimePoint.EndOfTreatment)), "scores: progressed@end_of_treatment (the patients who progressed after treatment; those who progressed during maintenance have no end-of-treatment scan)") { Source = Abstract + "4" },
            new("SIOPEN at progression", "34 [2–56]", [34, 2, 56], [0, 0, 0], "{0} [{1}–{2}]",
                Mr(Score(GroupCodes.Progressed, TimePoint.Progression)), "scores: progressed@progression") { Source = Abstract + "5" },
        };
        return figures.Select(Compare).ToArray();
    }

    private static PublishedFigure Compare(Figure f)
    {
        var match = f.Computed.Length == f.Values.Length && f.Computed.All(c => c is not null) &&
                    f.Values.Select((v, i) => Math.Abs(Math.Round(f.Computed[i]!.Value, f.Decimals[i], MidpointRounding.AwayFromZero) - v) < 1e-9).All(x => x);
        var text = string.Format(CultureInfo.InvariantCulture, f.Format,
            f.Computed.Select((c, i) => c is null ? "–" : c.Value.ToString("F" + f.Decimals[i].ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).ToArray<object>());
        var note = match || f.MismatchNote is null ? f.Note : f.Note + ". " + f.MismatchNote;
        return new PublishedFigure(f.Name, f.Published, text, match, note) { Source = f.Source };
    }
}
