using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Tests.Figures;

public class SwimmerFigureTests
{
    internal static SwimmerFigure Figure()
    {
        // Hand-made timelines: induction 0–0.6 y, HDC to end of treatment 0.6–1.6 y, then follow-up.
        static IReadOnlyList<SwimmerPhase> Phases(double last) =>
        [
            new(TreatmentPhase.Induction, 0, 0.6), new(TreatmentPhase.Hdc, 0.6, 0.8), new(TreatmentPhase.Maintenance, 0.8, Math.Min(1.6, last)),
            new(TreatmentPhase.FollowUp, 1.6, last),
        ];
        var patients = new List<SwimmerPatient>
        {
            new("P001", "Progression during maintenance", 2.5, false, Phases(2.5),
                [new(0, 24), new(0.45, 8), new(0.75, 6), new(1.2, 30)], [new(1.2, "progression"), new(2.5, "death")]),
            new("P002", "CR at end of treatment", 9.1, true, Phases(9.1), [new(0, 12), new(0.5, 3), new(0.8, 2), new(1.6, 0)], []),
            new("P003", "Persistent response", 8.2, true, Phases(8.2), [new(0, 40), new(0.5, 6), new(0.8, 2), new(1.6, 2)], []),
            new("P004", "Progression after treatment", 4.0, false, Phases(4.0),
                [new(0, 15), new(0.8, 4), new(1.6, 2), new(3.1, 34)], [new(3.1, "relapse"), new(4.0, "death")]),
        };
        return new SwimmerFigure("swimmer-persistent", "Persistent patients", patients,
            ["Progression during maintenance", "CR at end of treatment", "Persistent response", "Progression after treatment"]);
    }

    [Fact]
    public void Labels_each_scan_with_its_SIOPEN_total_and_every_patient()
    {
        var (svg, _) = Gallery.Save(Figure());
        var text = SvgText.Strings(svg);
        foreach (var id in new[] { "P001", "P002", "P003", "P004" })
        {
            Assert.Contains(id, text);
        }

        Assert.Contains("34", text); // the relapse scan's total
        // four scans scored 2 (P002 at 0.8 y, P003 at 0.8 and 1.6 y, P004 at 1.6 y) plus the axis tick "2" (ticks 0, 2, …, 10 y)
        Assert.Equal(5, text.Count(t => t == "2"));
        Assert.Contains("Years from diagnosis", text);
    }
}
