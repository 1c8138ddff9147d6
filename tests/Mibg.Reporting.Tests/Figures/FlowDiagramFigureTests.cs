using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Tests.Figures;

public class FlowDiagramFigureTests
{
    internal static FlowDiagram Diagram() => new("flow", "Cohort flow",
    [
        // Hand-made counts: 230 → 220 → 212 → 205 → 203 → 201 (the seed study's 201 eligible).
        new("Patients in the study", 230, 0, ""),
        new("INRG stage M (INSS 4 when INRG is blank)", 220, 10, "not stage M"),
        new("Age at diagnosis over 365 days", 212, 8, "aged 365 days or less at diagnosis"),
        new("Diagnosed 2000-01-01 to 2020-12-31", 205, 7, "diagnosed outside the study period"),
        new("SIOPEN total > 0 at diagnosis", 203, 2, "negative diagnosis scan"),
        new("HDC given and post-HDC scan read", 201, 2, "no HDC or no post-HDC read"),
    ],
    [
        new("Cleared after HDC", 171, []),
        new("Persistent after HDC", 30,
        [
            new("Progression during maintenance", 4, []),
            new("CR at end of treatment", 2, []),
            new("Persistent at end of treatment", 24,
                [new("Persistent response", 7, []), new("Progression after treatment", 17, [])]),
        ]),
    ]);

    [Fact]
    public void Shows_every_count_and_exclusion()
    {
        var (svg, _) = Gallery.Save(new FlowDiagramFigure(Diagram()));
        var text = SvgText.Strings(svg);
        foreach (var n in new[] { 230, 220, 212, 205, 203, 201, 171, 30, 4, 2, 24, 7, 17 })
        {
            Assert.Contains("n = " + n, text);
        }

        Assert.Contains(text, t => t.StartsWith("Excluded (n = 10)", StringComparison.Ordinal));
    }
}
