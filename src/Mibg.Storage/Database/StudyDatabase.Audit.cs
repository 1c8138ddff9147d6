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
        AuditActions.Import, AuditActions.Read, AuditActions.Amendment, AuditActions.Consensus, AuditActions.UserAdded,
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
    private static async Task<CoveredState> ReadCoveredStateAsync(DbConnection c, DbTransaction? tx, CancellationToken ct)
    {
        var state = new CoveredState();
        var count = StudyColumns.Reads.Count;
        await using (var cmd = c.CreateCommand())
        {
            cmd.Transaction = tx;
            cmd.CommandText = $"SELECT {Columns(StudyTables.Reads)}, extra, version FROM reads";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var values = ReadRow(reader, count);
                state.Reads[((string)values[0]!, (string)values[1]!)] =
                    CoveredState.ReadDigest(values, Convert.ToInt64(reader.GetValue(count + 1), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(count));
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
        return state;
    }
}
