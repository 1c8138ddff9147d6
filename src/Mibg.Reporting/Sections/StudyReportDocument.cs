using Mibg.Analysis.Results;
using Mibg.Reporting.Document;
using static Mibg.Reporting.Sections.Numbers;

namespace Mibg.Reporting.Sections;

/// <summary>Lays a <see cref="StudyResults"/> out as the report's blocks, in reading order. Computes nothing.</summary>
public static class StudyReportDocument
{
    /// <summary>The report of <paramref name="results"/>.</summary>
    public static ReportDocument Build(StudyResults results, StudyReportOptions? options = null)
    {
        options ??= new StudyReportOptions();
        var blocks = new List<ReportBlock>();
        blocks.AddRange(SummarySection.Build(results));
        blocks.AddRange(CohortSection.Build(results));
        blocks.AddRange(ScoresSection.Build(results));
        blocks.AddRange(SurvivalSection.Build(results));
        blocks.AddRange(SkeletonSection.Build(results));
        blocks.AddRange(SwimmerSection.Build(results));
        blocks.AddRange(RelapseSection.Build(results));
        blocks.AddRange(RadiotherapySection.Build(results));
        blocks.AddRange(AgreementSection.Build(results, options.ReaderTotals));
        blocks.AddRange(TrialSection.Build(results));
        blocks.AddRange(MethodsSection.Build(results));
        blocks.Add(new HeadingBlock(1, "Appendix: patient listings", "listings"));
        blocks.AddRange(CohortSection.Listings(results));
        blocks.AddRange(SwimmerSection.Listings(results));
        var title = options.Title ?? results.Reproducibility.Plan.Title;
        var subtitle = $"mibg {results.Reproducibility.MibgVersion} · {N(results.Study.Patients)} patients, {N(results.Study.Scans)} scans · data SHA-256 " +
            results.Reproducibility.StudySha256[..Math.Min(12, results.Reproducibility.StudySha256.Length)] +
            (options.Date is { } d ? $" · {d:yyyy-MM-dd}" : "");
        return new ReportDocument(title, subtitle, blocks);
    }
}
