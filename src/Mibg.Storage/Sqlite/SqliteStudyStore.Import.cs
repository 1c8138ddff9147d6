using Microsoft.Data.Sqlite;
using Mibg.Core.Study;
using Mibg.Storage.Layout;

namespace Mibg.Storage.Sqlite;

public sealed partial class SqliteStudyStore
{
    private const int ProgressEvery = 1000;

    /// <inheritdoc />
    public Task<StudyCounts> ImportAsync(StudyData study, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(study);
        var total = study.Patients.Count + study.Scans.Count + study.Reads.Count + study.Events.Count
            + study.Radiotherapy.Count + study.Assessments.Count;
        var done = 0;
        using var tx = _connection.BeginTransaction();
        foreach (var table in StudyTables.All.Reverse())
            Execute(tx, $"DELETE FROM {table}");
        Execute(tx, "DELETE FROM extra_columns");

        void Write<T>(string table, IReadOnlyList<T> rows, Func<T, object?[]> values, Func<T, IReadOnlyDictionary<string, string>> extra)
        {
            var columns = StudyColumns.Of(table);
            using var insert = InsertCommand(tx, table, columns);
            for (var i = 0; i < rows.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Bind(insert, i + 1, values(rows[i]), extra(rows[i]));
                insert.ExecuteNonQuery();
                if (++done % ProgressEvery == 0) progress?.Report(new ImportProgress(done, total, table));
            }
            var extraColumns = study.ExtraColumns.TryGetValue(table, out var names) ? names : [];
            for (var p = 0; p < extraColumns.Count; p++)
            {
                using var cmd = _connection.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO extra_columns (table_name, position, column_name) VALUES ($t, $p, $c)";
                cmd.Parameters.AddWithValue("$t", table);
                cmd.Parameters.AddWithValue("$p", p);
                cmd.Parameters.AddWithValue("$c", extraColumns[p]);
                cmd.ExecuteNonQuery();
            }
        }

        try
        {
            Write(StudyTables.Patients, study.Patients, StudyRowValues.Of, p => p.Extra);
            Write(StudyTables.Scans, study.Scans, StudyRowValues.Of, s => s.Extra);
            Write(StudyTables.Reads, study.Reads, StudyRowValues.Of, r => r.Extra);
            Write(StudyTables.Events, study.Events, StudyRowValues.Of, e => e.Extra);
            Write(StudyTables.Radiotherapy, study.Radiotherapy, StudyRowValues.Of, c => c.Extra);
            Write(StudyTables.Assessments, study.Assessments, StudyRowValues.Of, a => a.Extra);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19) // SQLITE_CONSTRAINT: the study was not validated
        {
            throw new StudyStoreException($"the study breaks a rule of the store ({e.Message}); validate it first (mibg validate)", e);
        }
        cancellationToken.ThrowIfCancellationRequested();
        tx.Commit();
        progress?.Report(new ImportProgress(total, total, StudyTables.Events));
        return Task.FromResult(new StudyCounts(study.Patients.Count, study.Scans.Count, study.Reads.Count, study.Events.Count)
        {
            RadiotherapyCourses = study.Radiotherapy.Count, Assessments = study.Assessments.Count,
        });
    }

    /// <inheritdoc />
    public Task AddReadAsync(Read read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var tx = _connection.BeginTransaction();
        using (var exists = _connection.CreateCommand())
        {
            exists.Transaction = tx;
            exists.CommandText = "SELECT (SELECT COUNT(*) FROM scans WHERE scan_id = $s), (SELECT COUNT(*) FROM reads WHERE scan_id = $s AND reader = $r), (SELECT COALESCE(MAX(row_order), 0) FROM reads)";
            exists.Parameters.AddWithValue("$s", read.ScanId);
            exists.Parameters.AddWithValue("$r", read.Reader);
            using var r = exists.ExecuteReader();
            r.Read();
            if (r.GetInt64(0) == 0) throw new StudyStoreException($"scan {read.ScanId} is not in the store; a read needs an existing scan");
            if (r.GetInt64(1) > 0) throw new DuplicateReadException(read.ScanId, read.Reader);
            var rowOrder = r.GetInt64(2) + 1;
            r.Close();
            using var insert = InsertCommand(tx, StudyTables.Reads, StudyColumns.Reads);
            Bind(insert, rowOrder, StudyRowValues.Of(read), read.Extra);
            insert.ExecuteNonQuery();
        }
        tx.Commit();
        return Task.CompletedTask;
    }

    private SqliteCommand InsertCommand(SqliteTransaction tx, string table, IReadOnlyList<string> columns)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText =
            $"INSERT INTO {table} (row_order, {string.Join(", ", columns)}, extra) VALUES ($row_order, {string.Join(", ", columns.Select(c => "$" + c))}, $extra)";
        cmd.Parameters.Add("$row_order", SqliteType.Integer);
        foreach (var c in columns) cmd.Parameters.Add("$" + c, SqliteType.Text);
        cmd.Parameters.Add("$extra", SqliteType.Text);
        cmd.Prepare();
        return cmd;
    }

    private static void Bind(SqliteCommand cmd, long rowOrder, object?[] values, IReadOnlyDictionary<string, string> extra)
    {
        cmd.Parameters[0].Value = rowOrder;
        for (var i = 0; i < values.Length; i++)
        {
            var p = cmd.Parameters[i + 1];
            p.SqliteType = values[i] is int ? SqliteType.Integer : SqliteType.Text;
            p.Value = values[i] ?? DBNull.Value;
        }
        cmd.Parameters[values.Length + 1].Value = ExtraJson.Write(extra);
    }
}
