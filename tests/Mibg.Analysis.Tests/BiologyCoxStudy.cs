using System.Globalization;
using System.Text;
using Mibg.Core.Study;
using Mibg.Core.Tests.Cohort;
using static Mibg.Core.Tests.Cohort.HandStudy;

namespace Mibg.Analysis.Tests;

/// <summary>
/// A seeded study of 240 stage M patients over 1 year with every biology column, some values unknown, and EFS depending
/// on persistence and biology, built for the Cox-covariate check against R (Reference/cox-biology.R). Every patient has
/// the standard dates of <see cref="HandStudy"/> (post-HDC scan 2010-08-15); a relapse or censoring falls 30..3000 days
/// after that scan, so the EFS landmark time is that many days ÷ 365.25. <see cref="Csv"/> writes the raw values R
/// codes itself (Reference/cox-biology-data.csv is that text).
/// </summary>
internal static class BiologyCoxStudy
{
    public const int Seed = 20261130;
    public const int Patients = 240;

    private sealed record Row(string Id, double Time, int Event, int Persistent, string? Mycn, int DiagnosisTotal, int AgeDays,
        ChromosomeArmStatus? Chr11q, ChromosomeArmStatus? Chr1p, AlkStatus? Alk, InpcHistology? Histology, double? Ldh);

    private static IReadOnlyList<Row> Rows()
    {
        var random = new Random(Seed);
        T Pick<T>(params (T Value, double P)[] options)
        {
            var u = random.NextDouble();
            foreach (var (value, p) in options)
            {
                if (u < p) return value;
                u -= p;
            }
            return options[^1].Value;
        }
        var rows = new List<Row>();
        for (var i = 1; i <= Patients; i++)
        {
            var persistent = random.NextDouble() < 0.3 ? 1 : 0;
            var mycn = Pick<string?>(("amplified", 0.3), ("not_amplified", 0.57), ("gain", 0.05), ("unknown", 0.03), (null, 0.05));
            var total = 1 + random.Next(30);
            var age = 366 + random.Next(2600);
            var c11 = Pick<ChromosomeArmStatus?>((ChromosomeArmStatus.Loss, 0.35), (ChromosomeArmStatus.NoLoss, 0.5), (ChromosomeArmStatus.Unknown, 0.08), (null, 0.07));
            var c1p = Pick<ChromosomeArmStatus?>((ChromosomeArmStatus.Loss, 0.25), (ChromosomeArmStatus.NoLoss, 0.6), (ChromosomeArmStatus.Unknown, 0.1), (null, 0.05));
            var alk = Pick<AlkStatus?>((AlkStatus.Mutated, 0.12), (AlkStatus.Amplified, 0.04), (AlkStatus.WildType, 0.72), (AlkStatus.Unknown, 0.06), (null, 0.06));
            var histology = Pick<InpcHistology?>((InpcHistology.Unfavourable, 0.7), (InpcHistology.Favourable, 0.2), (null, 0.1));
            double? ldh = random.NextDouble() < 0.1 ? null : Math.Round(Math.Exp(6.7 + 0.7 * (random.NextDouble() + random.NextDouble() - 1) * 2), 0);
            var lp = 0.7 * persistent + 0.5 * (mycn == "amplified" ? 1 : 0) + 0.4 * (c11 == ChromosomeArmStatus.Loss ? 1 : 0)
                + 0.3 * (alk is AlkStatus.Mutated or AlkStatus.Amplified ? 1 : 0) + 0.4 * (ldh > 1250 ? 1 : 0) - 0.4 * (age < 547 ? 1 : 0);
            var eventDays = 30 + (int)(-Math.Log(1 - random.NextDouble()) / (0.0006 * Math.Exp(lp)));
            var censorDays = 300 + random.Next(2700);
            var days = Math.Min(eventDays, censorDays);
            rows.Add(new Row($"B{i:000}", days / 365.25, eventDays <= censorDays ? 1 : 0, persistent, mycn, total, age, c11, c1p, alk, histology, ldh));
        }
        return rows;
    }

    /// <summary>The study: one diagnosis scan (skull scored so the total is right), a post-HDC scan (skull 1 when persistent), relapse or censoring.</summary>
    public static StudyData Study()
    {
        var h = new HandStudy();
        foreach (var r in Rows())
        {
            var end = PostHdcDate.AddDays((int)Math.Round(r.Time * 365.25));
            h.Patient(r.Id, p => p with
            {
                Mycn = r.Mycn, AgeAtDiagnosisDays = r.AgeDays, Chr11q = r.Chr11q, Chr1p = r.Chr1p, Alk = r.Alk, Histology = r.Histology, LdhUPerL = r.Ldh,
                LastContactDate = r.Event == 1 ? end.AddDays(60) : end,
            });
            // diagnosis total spread over skull, spine and pelvis, at most 6 each
            var dx = new int[12];
            var left = r.DiagnosisTotal;
            foreach (var segment in new[] { 0, 6, 7, 1, 8, 10 })
            {
                var v = Math.Min(6, left);
                dx[segment] = v;
                left -= v;
            }
            h.Scan(r.Id, r.Id + "-dx", DxScanDate, dx).Scan(r.Id, r.Id + "-hdc", PostHdcDate, r.Persistent == 1 ? Seg(("skull", 1)) : Zero);
            if (r.Event == 1) h.Event(r.Id, end, EventType.Relapse);
        }
        return h.Build();
    }

    /// <summary>The raw values R codes itself: time (years from the post-HDC scan), event, and each column as recorded ("" = not recorded).</summary>
    public static string Csv()
    {
        static string Code<T>(T? v) where T : struct, Enum => v is { } x ? StudyEnumCodes.Code(x) : "";
        var sb = new StringBuilder("patient_id,time,event,persistent,mycn,diagnosis_total,age_days,chr_11q,chr_1p,alk,histology,ldh_u_per_l\n");
        foreach (var r in Rows())
            sb.Append(CultureInfo.InvariantCulture, $"{r.Id},{r.Time:R},{r.Event},{r.Persistent},{r.Mycn ?? ""},{r.DiagnosisTotal},{r.AgeDays},{Code(r.Chr11q)},{Code(r.Chr1p)},{Code(r.Alk)},{Code(r.Histology)},{(r.Ldh is { } l ? l.ToString(CultureInfo.InvariantCulture) : "")}\n");
        return sb.ToString();
    }
}
