using Mibg.Core.Study;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    /// <inheritdoc />
    public Task<StudyData> LoadAsync(CancellationToken cancellationToken = default)
    {
        using var tx = _connection.BeginTransaction(deferred: true);
        var study = new StudyData
        {
            Patients = Query(StudyTables.Patients, null, StudyRowValues.ToPatient),
            Scans = Query(StudyTables.Scans, null, StudyRowValues.ToScan),
            Reads = Query(StudyTables.Reads, null, StudyRowValues.ToRead),
            Events = Query(StudyTables.Events, null, StudyRowValues.ToEvent),
            Radiotherapy = Query(StudyTables.Radiotherapy, null, StudyRowValues.ToRadiotherapy),
            Assessments = Query(StudyTables.Assessments, null, StudyRowValues.ToAssessment),
            ExtraColumns = LoadExtraColumns(),
        };
        tx.Commit();
        return Task.FromResult(study);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Read>> GetReadsAsync(string scanId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Read>>(Query(StudyTables.Reads, scanId, StudyRowValues.ToRead));

    private List<T> Query<T>(string table, string? scanId, Func<IReadOnlyList<object?>, IReadOnlyDictionary<string, string>, T> build)
    {
        var columns = StudyColumns.Of(table);
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT {string.Join(", ", columns)}, extra FROM {table}"
            + (scanId is null ? "" : " WHERE scan_id = $s") + " ORDER BY row_order";
        if (scanId is not null) cmd.Parameters.AddWithValue("$s", scanId);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            var values = ReadRow(reader, columns.Count);
            rows.Add(build(values, ExtraJson.Read(reader.GetString(columns.Count))));
        }
        return rows;
    }

    private Dictionary<string, IReadOnlyList<string>> LoadExtraColumns()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT table_name, column_name FROM extra_columns ORDER BY table_name, position";
        using var reader = cmd.ExecuteReader();
        var result = new Dictionary<string, List<string>>();
        while (reader.Read())
        {
            var table = reader.GetString(0);
            if (!result.TryGetValue(table, out var list)) result[table] = list = [];
            list.Add(reader.GetString(1));
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);
    }
}
