using Mibg.Core.Study;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Export;

/// <summary>A study table laid out for export: the dictionary columns then the extra columns, one value array per row.</summary>
internal sealed record StudyTableRows(string Table, IReadOnlyList<string> Header, IEnumerable<object?[]> Rows)
{
    public static IEnumerable<StudyTableRows> Of(StudyData study)
    {
        yield return Build(study, StudyTables.Patients, study.Patients, StudyRowValues.Of, p => p.Extra);
        yield return Build(study, StudyTables.Scans, study.Scans, StudyRowValues.Of, s => s.Extra);
        yield return Build(study, StudyTables.Reads, study.Reads, StudyRowValues.Of, r => r.Extra);
        yield return Build(study, StudyTables.Events, study.Events, StudyRowValues.Of, e => e.Extra);
        // The optional tables are written when the study has them (rows or extra columns), so a study without
        // radiotherapy or assessments exports as the four files it was imported from.
        if (study.Radiotherapy.Count > 0 || study.ExtraColumns.ContainsKey(StudyTables.Radiotherapy))
            yield return Build(study, StudyTables.Radiotherapy, study.Radiotherapy, StudyRowValues.Of, c => c.Extra);
        if (study.Assessments.Count > 0 || study.ExtraColumns.ContainsKey(StudyTables.Assessments))
            yield return Build(study, StudyTables.Assessments, study.Assessments, StudyRowValues.Of, a => a.Extra);
    }

    private static StudyTableRows Build<T>(StudyData study, string table, IEnumerable<T> rows, Func<T, object?[]> values,
        Func<T, IReadOnlyDictionary<string, string>> extra)
    {
        var extraColumns = study.ExtraColumns.TryGetValue(table, out var names) ? names : [];
        return new StudyTableRows(table, [.. StudyColumns.Of(table), .. extraColumns], rows.Select(row =>
        {
            var v = values(row);
            if (extraColumns.Count == 0) return v;
            var e = extra(row);
            return [.. v, .. extraColumns.Select(c => (object?)(e.TryGetValue(c, out var x) ? x : null))];
        }));
    }
}
