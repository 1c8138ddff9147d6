using System.Data.Common;
using Dapper;
using Mibg.Storage.Audit;
using Mibg.Storage.Layout;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Database;

internal sealed partial class StudyDatabase
{
    /// <inheritdoc />
    public Task<AuditEntry> AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (CoveredActions.Contains(record.Action))
            throw new ArgumentException($"'{record.Action}' entries are written by the store method that makes the change, in its transaction", nameof(record));
        return WriteAsync(unit => unit.AuditAsync(record), cancellationToken);
    }

    /// <summary>Actions whose entries vouch for covered content: only the store writes them, with the change.</summary>
    private static readonly HashSet<string> CoveredActions =
    [
        AuditActions.Import, AuditActions.Read, AuditActions.ReadFinalised, AuditActions.Amendment, AuditActions.Consensus, AuditActions.UserAdded,
        AuditActions.UserDisabled, AuditActions.UserEnabled, AuditActions.PasswordReset, AuditActions.Assignment,
        AuditActions.StudyReaders, AuditActions.Sealed, AuditActions.InterruptedWrite,
    ];

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        return (await c.QueryAsync<AuditRow>(new CommandDefinition(SelectAudit + " ORDER BY seq", cancellationToken: cancellationToken)))
            .Select(r => r.ToEntry()).ToArray();
    }

    /// <inheritdoc />
    public async Task<AuditVerification> VerifyAuditAsync(CancellationToken cancellationToken = default)
    {
        IReadOnlyList<AuditEntry> entries;
        CoveredState tables;
        await using (var c = await _dialect.OpenAsync(cancellationToken))
        {
            // The anchor is read before the snapshot of the log and the tables: it only ever records committed
            // entries, so a write committed in between cannot make it look ahead of the log.
            var anchorFirst = AuditAnchor.Read(_auditFiles.AnchorPath);
            await using var tx = await _dialect.BeginSnapshotAsync(c, cancellationToken);
            entries = (await c.QueryAsync<AuditRow>(new CommandDefinition(SelectAudit + " ORDER BY seq", transaction: tx, cancellationToken: cancellationToken)))
                .Select(r => r.ToEntry()).ToArray();
            tables = await ReadCoveredStateAsync(c, tx, cancellationToken);
            await tx.CommitAsync(cancellationToken);
            var key = Key(logIsEmpty: entries.Count == 0);
            var notices = new List<string>();
            var problems = AuditVerifier.Verify(entries, key, anchorFirst, tables, notices);
            return new AuditVerification(entries.Count, entries.Count == 0 ? null : entries[^1].Hash, anchorFirst, problems) { Notices = notices };
        }
    }

    /// <summary>The covered content as the tables hold it (<see cref="CoveredState"/>).</summary>
    /// <param name="c">The connection.</param>
    /// <param name="tx">The transaction (a snapshot, or the unit's).</param>
    /// <param name="ct">Cancels.</param>
    /// <param name="draftsExist">False while migrating a store from before drafts (schema version 4): every read is final.</param>
    private static async Task<CoveredState> ReadCoveredStateAsync(DbConnection c, DbTransaction? tx, CancellationToken ct, bool draftsExist = true)
    {
        var state = new CoveredState();
        var count = StudyColumns.Reads.Count;
        await using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = $"SELECT {Columns(StudyTables.Reads)}, extra, version, {(draftsExist ? "final" : "1")} FROM reads";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var values = ReadRow(reader, count);
                state.Reads[((string)values[0]!, (string)values[1]!)] =
                    CoveredState.ReadDigest(values, Convert.ToInt64(reader.GetValue(count + 1), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(count),
                        final: Convert.ToInt64(reader.GetValue(count + 2), System.Globalization.CultureInfo.InvariantCulture) == 1);
            }
        }
        foreach (var u in await c.QueryAsync<(string Name, string Role, long Disabled, string PasswordHash)>(new CommandDefinition(
                     "SELECT name, role, disabled, password_hash FROM workstation_users", transaction: tx, cancellationToken: ct)))
            state.Accounts[u.Name] = CoveredState.AccountDigest(u.Name, u.Role, u.Disabled != 0, u.PasswordHash);
        foreach (var g in (await c.QueryAsync<(string Scan, string Reader)>(new CommandDefinition(
                     "SELECT scan_id, reader FROM workstation_assignments", transaction: tx, cancellationToken: ct))).GroupBy(r => r.Scan, StringComparer.Ordinal))
            state.Assignments[g.Key] = g.Select(r => r.Reader).Order(StringComparer.Ordinal).ToArray();
        state.StudyReaders = (await c.QueryAsync<string>(new CommandDefinition("SELECT reader FROM study_readers", transaction: tx, cancellationToken: ct)))
            .Order(StringComparer.Ordinal).ToArray();
        state.StudyTables = await ReadStudyTableDigestsAsync(c, tx, ct);
        return state;
    }

    /// <summary>
    /// The digest of each study table other than reads (<see cref="CoveredState.StudyTableNames"/>): every row in
    /// import order, every column in the data dictionary's order plus its extra columns.
    /// </summary>
    private static async Task<Dictionary<string, string>> ReadStudyTableDigestsAsync(DbConnection c, DbTransaction? tx, CancellationToken ct)
    {
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in CoveredState.StudyTableNames)
        {
            var sql = table == "extra_columns"
                ? "SELECT table_name, position, column_name FROM extra_columns ORDER BY table_name, position"
                : $"SELECT row_order, {Columns(table)}, extra FROM {table} ORDER BY row_order";
            using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            await using var cmd = c.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                    CoveredState.AddRow(hash, ReadRow(reader, reader.FieldCount));
            }
            digests[table] = Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        return digests;
    }
}
