using System.Data.Common;
using Mibg.Core.Study;
using Mibg.Storage.Audit;
using Mibg.Storage.Layout;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Database;

internal sealed partial class StudyDatabase
{
    private const int ProgressEvery = 1000;

    /// <inheritdoc />
    public Task<StudyCounts> ImportAsync(StudyData study, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default, string source = "", string actor = "cli")
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(source);
        return WriteAsync(async unit =>
        {
            var counts = new StudyCounts(study.Patients.Count, study.Scans.Count, study.Reads.Count, study.Events.Count)
            {
                RadiotherapyCourses = study.Radiotherapy.Count, Assessments = study.Assessments.Count,
            };
            var done = 0;
            await unit.ExecuteAsync("DELETE FROM consensus_basis");
            foreach (var table in StudyTables.All.Reverse()) await unit.ExecuteAsync($"DELETE FROM {table}");
            await unit.ExecuteAsync("DELETE FROM extra_columns");
            var digests = new List<(string, string, string)>(study.Reads.Count);

            async Task WriteTable<T>(string table, IReadOnlyList<T> rows, Func<T, object?[]> values, Func<T, IReadOnlyDictionary<string, string>> extra)
            {
                await using var insert = InsertCommand(unit, table, withVersion: false);
                for (var i = 0; i < rows.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var v = values(rows[i]);
                    var extraJson = ExtraJson.Write(extra(rows[i]));
                    Bind(insert, i + 1, v, extraJson, null);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    if (table == StudyTables.Reads) digests.Add(((string)v[0]!, (string)v[1]!, CoveredState.ReadDigest(v, 1, extraJson)));
                    if (++done % ProgressEvery == 0) progress?.Report(new ImportProgress(done, counts.Total, table));
                }
                var extraColumns = study.ExtraColumns.TryGetValue(table, out var names) ? names : [];
                for (var p = 0; p < extraColumns.Count; p++)
                    await unit.ExecuteAsync("INSERT INTO extra_columns (table_name, position, column_name) VALUES (@t, @p, @c)",
                        new { t = table, p, c = extraColumns[p] });
            }

            try
            {
                await WriteTable(StudyTables.Patients, study.Patients, StudyRowValues.Of, p => p.Extra);
                await WriteTable(StudyTables.Scans, study.Scans, StudyRowValues.Of, s => s.Extra);
                await WriteTable(StudyTables.Reads, study.Reads, StudyRowValues.Of, r => r.Extra);
                await WriteTable(StudyTables.Events, study.Events, StudyRowValues.Of, e => e.Extra);
                await WriteTable(StudyTables.Radiotherapy, study.Radiotherapy, StudyRowValues.Of, c => c.Extra);
                await WriteTable(StudyTables.Assessments, study.Assessments, StudyRowValues.Of, a => a.Extra);
            }
            catch (Exception e) when (_dialect.IsConstraintViolation(e))
            {
                throw new StudyStoreException($"the study breaks a rule of the store ({e.Message}); validate it first (mibg validate)", e);
            }
            cancellationToken.ThrowIfCancellationRequested();
            // The other tables are vouched for as stored (read back in this transaction), so verification can compare.
            var tables = await ReadStudyTableDigestsAsync(unit.Connection, unit.Transaction, cancellationToken);
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.Import, source, null, AuditPayload.Import(counts, source, digests, tables)));
            progress?.Report(new ImportProgress(counts.Total, counts.Total, StudyTables.Events));
            return counts;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StudyData> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        // One snapshot for all tables: a concurrent import is seen whole or not at all.
        await using var tx = await _dialect.BeginSnapshotAsync(c, cancellationToken);
        var study = new StudyData
        {
            Patients = await QueryAsync(c, tx, StudyTables.Patients, null, StudyRowValues.ToPatient, cancellationToken),
            Scans = await QueryAsync(c, tx, StudyTables.Scans, null, StudyRowValues.ToScan, cancellationToken),
            Reads = await QueryAsync(c, tx, StudyTables.Reads, null, StudyRowValues.ToRead, cancellationToken),
            Events = await QueryAsync(c, tx, StudyTables.Events, null, StudyRowValues.ToEvent, cancellationToken),
            Radiotherapy = await QueryAsync(c, tx, StudyTables.Radiotherapy, null, StudyRowValues.ToRadiotherapy, cancellationToken),
            Assessments = await QueryAsync(c, tx, StudyTables.Assessments, null, StudyRowValues.ToAssessment, cancellationToken),
            ExtraColumns = await LoadExtraColumnsAsync(c, tx, cancellationToken),
        };
        await tx.CommitAsync(cancellationToken);
        return study;
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection c, DbTransaction? tx, string table, string? scanId,
        Func<IReadOnlyList<object?>, IReadOnlyDictionary<string, string>, T> build, CancellationToken ct)
    {
        var count = StudyColumns.Of(table).Count;
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT {Columns(table)}, extra FROM {table}" + (scanId is null ? "" : " WHERE scan_id = @s") + " ORDER BY row_order";
        if (scanId is not null) AddParameter(cmd, "@s", scanId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(build(ReadRow(reader, count), ExtraJson.Read(reader.GetString(count))));
        return rows;
    }

    private static async Task<Dictionary<string, IReadOnlyList<string>>> LoadExtraColumnsAsync(DbConnection c, DbTransaction tx, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT table_name, column_name FROM extra_columns ORDER BY table_name, position";
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var result = new Dictionary<string, List<string>>();
        while (await reader.ReadAsync(ct))
        {
            var table = reader.GetString(0);
            if (!result.TryGetValue(table, out var list)) result[table] = list = [];
            list.Add(reader.GetString(1));
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value);
    }

    /// <summary>An INSERT of one row of <paramref name="table"/>: row_order, the dictionary columns, extra (and version for reads).</summary>
    private static DbCommand InsertCommand(WriteUnit unit, string table, bool withVersion)
    {
        var columns = StudyColumns.Of(table);
        var cmd = unit.Connection.CreateCommand();
        cmd.Transaction = unit.Transaction;
        var names = new List<string> { "row_order" };
        names.AddRange(columns);
        names.Add("extra");
        if (withVersion)
        {
            names.Add("version");
            names.Add("final");
        }
        cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < names.Count; i++)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@p" + i;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    private static void Bind(DbCommand cmd, long rowOrder, object?[] values, string extraJson, int? version, bool final = true)
    {
        Set(cmd.Parameters[0], checked((int)rowOrder));
        for (var i = 0; i < values.Length; i++) Set(cmd.Parameters[i + 1], values[i]);
        Set(cmd.Parameters[values.Length + 1], extraJson);
        if (version is { } v)
        {
            Set(cmd.Parameters[values.Length + 2], v);
            Set(cmd.Parameters[values.Length + 3], final ? 1 : 0);
        }
    }

    private static void Set(DbParameter p, object? value)
    {
        if (value is null)
        {
            p.ResetDbType(); // an untyped NULL: the server takes the column's type
            p.Value = DBNull.Value;
        }
        else
        {
            p.DbType = value is int ? System.Data.DbType.Int32 : System.Data.DbType.String;
            p.Value = value;
        }
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        Set(p, value);
        cmd.Parameters.Add(p);
    }
}
