using Mibg.Core.Study;
using Mibg.Storage.Layout;
using Npgsql;

namespace Mibg.Storage.Postgres;

public sealed partial class PostgresStudyStore
{
    private const int ProgressEvery = 1000;

    /// <inheritdoc />
    public async Task<StudyCounts> ImportAsync(StudyData study, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(study);
        var total = study.Patients.Count + study.Scans.Count + study.Reads.Count + study.Events.Count
            + study.Radiotherapy.Count + study.Assessments.Count;
        var done = 0;
        await using var c = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await LockAsync(c, tx, cancellationToken);
        foreach (var table in StudyTables.All.Reverse())
            await ExecuteAsync(c, tx, $"DELETE FROM {table}", cancellationToken);
        await ExecuteAsync(c, tx, "DELETE FROM extra_columns", cancellationToken);

        async Task WriteAsync<T>(string table, IReadOnlyList<T> rows, Func<T, object?[]> values, Func<T, IReadOnlyDictionary<string, string>> extra)
        {
            await using var insert = InsertCommand(c, tx, StudyTables.All.Contains(table) ? table : throw new ArgumentException(table), StudyColumns.Of(table));
            for (var i = 0; i < rows.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Bind(insert, i + 1, values(rows[i]), extra(rows[i]));
                await insert.ExecuteNonQueryAsync(cancellationToken);
                if (++done % ProgressEvery == 0) progress?.Report(new ImportProgress(done, total, table));
            }
            var extraColumns = study.ExtraColumns.TryGetValue(table, out var names) ? names : [];
            for (var p = 0; p < extraColumns.Count; p++)
            {
                await using var cmd = new NpgsqlCommand("INSERT INTO extra_columns (table_name, position, column_name) VALUES (@t, @p, @c)", c, tx);
                cmd.Parameters.AddWithValue("t", table);
                cmd.Parameters.AddWithValue("p", p);
                cmd.Parameters.AddWithValue("c", extraColumns[p]);
                await cmd.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        try
        {
            await WriteAsync(StudyTables.Patients, study.Patients, StudyRowValues.Of, p => p.Extra);
            await WriteAsync(StudyTables.Scans, study.Scans, StudyRowValues.Of, s => s.Extra);
            await WriteAsync(StudyTables.Reads, study.Reads, StudyRowValues.Of, r => r.Extra);
            await WriteAsync(StudyTables.Events, study.Events, StudyRowValues.Of, e => e.Extra);
            await WriteAsync(StudyTables.Radiotherapy, study.Radiotherapy, StudyRowValues.Of, c => c.Extra);
            await WriteAsync(StudyTables.Assessments, study.Assessments, StudyRowValues.Of, a => a.Extra);
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("23", StringComparison.Ordinal)) // integrity constraint violation
        {
            throw new StudyStoreException($"the study breaks a rule of the store ({e.MessageText}); validate it first (mibg validate)", e);
        }
        cancellationToken.ThrowIfCancellationRequested();
        await tx.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(total, total, StudyTables.Events));
        return new StudyCounts(study.Patients.Count, study.Scans.Count, study.Reads.Count, study.Events.Count)
        {
            RadiotherapyCourses = study.Radiotherapy.Count, Assessments = study.Assessments.Count,
        };
    }

    /// <inheritdoc />
    public async Task AddReadAsync(Read read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await using var c = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        await LockAsync(c, tx, cancellationToken);
        await using (var exists = new NpgsqlCommand(
            "SELECT (SELECT COUNT(*) FROM scans WHERE scan_id = @s), (SELECT COUNT(*) FROM reads WHERE scan_id = @s AND reader = @r), (SELECT COALESCE(MAX(row_order), 0) FROM reads)", c, tx))
        {
            exists.Parameters.AddWithValue("s", read.ScanId);
            exists.Parameters.AddWithValue("r", read.Reader);
            long rowOrder;
            await using (var r = await exists.ExecuteReaderAsync(cancellationToken))
            {
                await r.ReadAsync(cancellationToken);
                if (r.GetInt64(0) == 0) throw new StudyStoreException($"scan {read.ScanId} is not in the store; a read needs an existing scan");
                if (r.GetInt64(1) > 0) throw new DuplicateReadException(read.ScanId, read.Reader);
                rowOrder = Convert.ToInt64(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture) + 1;
            }
            await using var insert = InsertCommand(c, tx, StudyTables.Reads, StudyColumns.Reads);
            Bind(insert, rowOrder, StudyRowValues.Of(read), read.Extra);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }
}
