using System.Data;
using Mibg.Core.Study;
using Mibg.Storage.Layout;
using Mibg.Storage.Workstation;
using Npgsql;

namespace Mibg.Storage.Postgres;

public sealed partial class PostgresStudyStore : IReadAmendment
{
    /// <inheritdoc />
    public async Task<StudyData> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(cancellationToken);
        // One snapshot for the four tables: a concurrent import is seen whole or not at all.
        await using var tx = await c.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<Read>> GetReadsAsync(string scanId, CancellationToken cancellationToken = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await QueryAsync(c, null, StudyTables.Reads, scanId, StudyRowValues.ToRead, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Read> AmendReadAsync(Read read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var c = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await LockAsync(c, tx, cancellationToken);
        var previous = (await QueryAsync(c, tx, StudyTables.Reads, read.ScanId, StudyRowValues.ToRead, cancellationToken))
            .FirstOrDefault(r => r.Reader == read.Reader)
            ?? throw new StudyStoreException($"scan {read.ScanId} has no read by reader {read.Reader} to amend");
        await using var find = new NpgsqlCommand("DELETE FROM reads WHERE scan_id = @s AND reader = @r RETURNING row_order", c, tx);
        find.Parameters.AddWithValue("s", read.ScanId);
        find.Parameters.AddWithValue("r", read.Reader);
        var rowOrder = Convert.ToInt64(await find.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await using var insert = InsertCommand(c, tx, StudyTables.Reads, StudyColumns.Reads);
        Bind(insert, rowOrder, StudyRowValues.Of(read), read.Extra);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return previous;
    }

    private static async Task<List<T>> QueryAsync<T>(NpgsqlConnection c, NpgsqlTransaction? tx, string table, string? scanId,
        Func<IReadOnlyList<object?>, IReadOnlyDictionary<string, string>, T> build, CancellationToken ct)
    {
        var columns = StudyColumns.Of(table);
        await using var cmd = new NpgsqlCommand(
            $"SELECT {string.Join(", ", columns)}, extra FROM {table}" + (scanId is null ? "" : " WHERE scan_id = @s") + " ORDER BY row_order", c, tx);
        if (scanId is not null) cmd.Parameters.AddWithValue("s", scanId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            var values = new object?[columns.Count];
            for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(build(values, ExtraJson.Read(reader.GetString(columns.Count))));
        }
        return rows;
    }

    private static async Task<Dictionary<string, IReadOnlyList<string>>> LoadExtraColumnsAsync(NpgsqlConnection c, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT table_name, column_name FROM extra_columns ORDER BY table_name, position", c, tx);
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
}
