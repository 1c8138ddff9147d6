using System.Text.Json;
using Mibg.Reporting.Figures;

namespace Mibg.Reporting.Tests.Fixtures;

/// <summary>
/// R's survfit of the lung data by sex (shared/reference/lung.json, made by make-goldens.R with
/// survival 3.5-3) — the same fit as the survminer picture the KM figure is compared with.
/// </summary>
internal static class LungSurvival
{
    public static SurvivalPlot Plot()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "lung-km.json")));
        var km = doc.RootElement.GetProperty("km");
        var curves = km.GetProperty("strata").EnumerateArray().Select(s => new SurvivalCurve(
            "sex=" + s.GetProperty("name").GetString(),
            s.GetProperty("n").GetInt32(),
            s.GetProperty("steps").EnumerateArray().Select(st => new SurvivalStep(
                st.GetProperty("time").GetDouble(),
                st.GetProperty("n_risk").GetInt32(),
                st.GetProperty("n_event").GetInt32(),
                st.GetProperty("n_censor").GetInt32(),
                st.GetProperty("survival").GetDouble(),
                Nullable(st.GetProperty("lower")),
                Nullable(st.GetProperty("upper")))).ToList(),
            Nullable(s.GetProperty("median")))).ToList();
        var p = doc.RootElement.GetProperty("logrank").GetProperty("p").GetDouble();
        return new SurvivalPlot("km-lung", "Overall survival by sex, lung data", "Survival probability", "Time", curves, p);
    }

    private static double? Nullable(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();
}
