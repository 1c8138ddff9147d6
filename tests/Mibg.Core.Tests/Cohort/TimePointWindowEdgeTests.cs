using Mibg.Core.Cohort;
using Mibg.Core.Plan;
using Mibg.Core.TimePoints;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Core.Tests.Cohort;

/// <summary>
/// Window edges of the default plan (domain.md "Time points"), one day inside and one day outside each side.
/// Standard patient: HDC 2010-06-10, maintenance start 2010-09-01, end of treatment 2011-03-01.
/// </summary>
public class TimePointWindowEdgeTests
{
    private static TimePoint TimePointOf(DateOnly date)
    {
        var h = new HandStudy().Patient("P1").Scan("P1", "S", date, Seg(("spine", 1)));
        return PatientCourse.BuildAll(h.Build(), AnalysisPlan.Default).Single().Scans.Single().TimePoint;
    }

    [Theory]
    // post_hdc opens at HDC + 30 = 2010-07-10; the day before is neither post_induction (not before HDC) nor post_hdc.
    [InlineData("2010-07-09", TimePoint.FollowUp)]
    [InlineData("2010-07-10", TimePoint.PostHdc)]
    // post_hdc closes at maintenance start + 30 = 2010-10-01.
    [InlineData("2010-10-01", TimePoint.PostHdc)]
    [InlineData("2010-10-02", TimePoint.FollowUp)]
    // end_of_treatment: 2011-03-01 ± 60 days = 2010-12-31 .. 2011-04-30.
    [InlineData("2010-12-30", TimePoint.FollowUp)]
    [InlineData("2010-12-31", TimePoint.EndOfTreatment)]
    [InlineData("2011-04-30", TimePoint.EndOfTreatment)]
    [InlineData("2011-05-01", TimePoint.FollowUp)]
    // diagnosis: 2010-01-01 ± 30 days.
    [InlineData("2010-01-31", TimePoint.Diagnosis)]
    [InlineData("2010-02-01", TimePoint.FollowUp)]
    // post_induction: from induction end − 30 = 2010-04-01, before HDC.
    [InlineData("2010-03-31", TimePoint.FollowUp)]
    [InlineData("2010-04-01", TimePoint.PostInduction)]
    [InlineData("2010-06-09", TimePoint.PostInduction)]
    public void Window_edges(string date, TimePoint expected) =>
        Assert.Equal(expected, TimePointOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Only_the_first_scan_in_the_post_hdc_window_is_post_hdc()
    {
        var h = new HandStudy().Patient("P1").Scan("P1", "A", new DateOnly(2010, 7, 20), Zero).Scan("P1", "B", new DateOnly(2010, 8, 20), Zero);
        var scans = PatientCourse.BuildAll(h.Build(), AnalysisPlan.Default).Single().Scans;
        Assert.Equal([TimePoint.PostHdc, TimePoint.FollowUp], scans.Select(s => s.TimePoint));
    }

    [Fact]
    public void A_written_time_point_wins_over_the_windows()
    {
        var h = new HandStudy().Patient("P1").Scan("P1", "S", new DateOnly(2010, 7, 9), Zero, TimePoint.PostHdc);
        var s = PatientCourse.BuildAll(h.Build(), AnalysisPlan.Default).Single().Scans.Single();
        Assert.Equal(TimePoint.PostHdc, s.TimePoint);
        Assert.True(s.Explicit);
    }

    [Fact]
    public void Plan_windows_are_used()
    {
        // EOT window widened to ± 90 days: 2011-05-01 (61 days after) becomes end_of_treatment.
        var plan = AnalysisPlan.Default with { TimePointWindows = TimePointWindows.Default with { EndOfTreatmentDays = 90 } };
        var h = new HandStudy().Patient("P1").Scan("P1", "S", new DateOnly(2011, 5, 1), Zero);
        Assert.Equal(TimePoint.EndOfTreatment, PatientCourse.BuildAll(h.Build(), plan).Single().Scans.Single().TimePoint);
    }
}
