using Mibg.Core.Study;
using Mibg.Storage.Layout;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Sqlite;

// The workstation's amendment of a submitted read, added to the embedded store as a separate part
// (the storage layer's files stay as they are).
public sealed partial class SqliteStudyStore : IReadAmendment
{
    /// <inheritdoc />
    public Task<Read> AmendReadAsync(Read read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var tx = _connection.BeginTransaction();
        var previous = Query(StudyTables.Reads, read.ScanId, StudyRowValues.ToRead).FirstOrDefault(r => r.Reader == read.Reader)
            ?? throw new StudyStoreException($"scan {read.ScanId} has no read by reader {read.Reader} to amend");
        long rowOrder;
        using (var find = _connection.CreateCommand())
        {
            find.Transaction = tx;
            find.CommandText = "SELECT row_order FROM reads WHERE scan_id = $s AND reader = $r";
            find.Parameters.AddWithValue("$s", read.ScanId);
            find.Parameters.AddWithValue("$r", read.Reader);
            rowOrder = Convert.ToInt64(find.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        using (var delete = _connection.CreateCommand())
        {
            delete.Transaction = tx;
            delete.CommandText = "DELETE FROM reads WHERE scan_id = $s AND reader = $r";
            delete.Parameters.AddWithValue("$s", read.ScanId);
            delete.Parameters.AddWithValue("$r", read.Reader);
            delete.ExecuteNonQuery();
        }
        using var insert = InsertCommand(tx, StudyTables.Reads, StudyColumns.Reads);
        Bind(insert, rowOrder, StudyRowValues.Of(read), read.Extra);
        insert.ExecuteNonQuery();
        tx.Commit();
        return Task.FromResult(previous);
    }
}
