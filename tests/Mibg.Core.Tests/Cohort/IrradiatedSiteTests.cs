using Mibg.Core.Cohort;
using Mibg.Core.Study;

namespace Mibg.Core.Tests.Cohort;

/// <summary>
/// The irradiation rule shared by local control, the relapse patterns and the counterfactual (docs/analysis.md step 8b):
/// a metastasis course covering the segment, starting on or after the post-HDC scan, within the window, before the
/// first disease event. Post-HDC scan 2010-08-15, window 180 days (→ 2011-02-11 is day 180).
/// </summary>
public class IrradiatedSiteTests
{
    private static readonly DateOnly Scan = new(2010, 8, 15);

    private static RadiotherapyCourse Course(DateOnly start, RadiotherapyTarget target = RadiotherapyTarget.Metastasis, string patient = "P1", params string[] sites) => new()
    {
        PatientId = patient, StartDate = start, Target = target, Sites = target == RadiotherapyTarget.Metastasis && sites.Length == 0 ? ["spine"] : sites,
    };

    [Theory]
    [InlineData("2010-08-15", true)]    // the scan's own day: after the evaluation, counts
    [InlineData("2010-08-14", false)]   // before the scan: not radiotherapy to a site persisting after HDC
    [InlineData("2011-02-11", true)]    // day 180: inside the window
    [InlineData("2011-02-12", false)]   // day 181: outside
    public void The_window_is_inclusive_from_the_scan_day_to_day_180(string start, bool covered)
    {
        var c = IrradiatedSite.CoveringCourse("P1", "spine", [Course(DateOnly.Parse(start))], Scan, 180, null);
        Assert.Equal(covered, c is not null);
    }

    [Fact]
    public void A_course_on_or_after_the_relapse_treats_it_and_does_not_count()
    {
        var course = Course(new DateOnly(2010, 10, 1));
        Assert.Null(IrradiatedSite.CoveringCourse("P1", "spine", [course], Scan, 180, new DateOnly(2010, 10, 1)));
        Assert.NotNull(IrradiatedSite.CoveringCourse("P1", "spine", [course], Scan, 180, new DateOnly(2010, 10, 2)));
    }

    [Fact]
    public void Only_a_metastasis_course_of_the_patient_covering_the_segment_counts()
    {
        var date = new DateOnly(2010, 9, 1);
        Assert.Null(IrradiatedSite.CoveringCourse("P1", "spine", [Course(date, RadiotherapyTarget.Primary)], Scan, 180, null));
        Assert.Null(IrradiatedSite.CoveringCourse("P1", "spine", [Course(date, patient: "P2")], Scan, 180, null));
        Assert.Null(IrradiatedSite.CoveringCourse("P1", "pelvis", [Course(date)], Scan, 180, null));
    }

    [Fact]
    public void In_field_keeps_the_irradiated_segments_of_a_relapse_in_order()
    {
        var courses = new[] { Course(new DateOnly(2010, 9, 1), sites: ["skull", "pelvis"]) };
        Assert.Equal(["skull", "pelvis"],
            IrradiatedSite.InField("P1", ["skull", "spine", "pelvis"], courses, Scan, 180, new DateOnly(2011, 9, 1)));
    }
}
