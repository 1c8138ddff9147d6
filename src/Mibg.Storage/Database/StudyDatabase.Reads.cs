using Dapper;
using Mibg.Core.Study;
using Mibg.Storage.Audit;
using Mibg.Storage.Layout;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Database;

internal sealed partial class StudyDatabase
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredRead>> GetStoredReadsAsync(string? scanId, CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        return await StoredReadsAsync(c, null, scanId, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Read>> GetReadsAsync(string scanId, CancellationToken cancellationToken = default) =>
        (await GetStoredReadsAsync(scanId, cancellationToken)).Select(r => r.Read).ToArray();

    private static async Task<List<StoredRead>> StoredReadsAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction? tx, string? scanId, CancellationToken ct)
    {
        var count = StudyColumns.Reads.Count;
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT {Columns(StudyTables.Reads)}, extra, version, final FROM reads" + (scanId is null ? "" : " WHERE scan_id = @s") + " ORDER BY row_order";
        if (scanId is not null) AddParameter(cmd, "@s", scanId);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<StoredRead>();
        while (await reader.ReadAsync(ct))
            rows.Add(new StoredRead(StudyRowValues.ToRead(ReadRow(reader, count), ExtraJson.Read(reader.GetString(count))), ToInt(reader.GetValue(count + 1)))
            {
                Final = ToInt(reader.GetValue(count + 2)) == 1,
            });
        return rows;
    }

    /// <inheritdoc />
    public Task<ReadWriteResult> SubmitReadAsync(Read read, string actor, CancellationToken cancellationToken = default) =>
        SubmitReadAsync(read, actor, final: true, cancellationToken);

    /// <inheritdoc />
    public Task<ReadWriteResult> SubmitReadAsync(Read read, string actor, bool final, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.IsConsensus) return Task.FromResult(ReadWriteResult.Fail(ReadWriteStatus.Invalid, "a consensus read is recorded with RecordConsensusAsync"));
        if (TextProblem(read) is { } problem) return Task.FromResult(ReadWriteResult.Fail(ReadWriteStatus.Invalid, problem));
        return WriteIfAsync(async unit =>
        {
            var (exists, reads) = await ScanReadsAsync(unit, read.ScanId);
            if (!exists) return ReadWriteResult.Fail(ReadWriteStatus.ScanNotFound, $"scan {read.ScanId} is not in the study");
            if (reads.Any(r => r.Read.IsConsensus)) return ReadWriteResult.Fail(ReadWriteStatus.Adjudicated, $"scan {read.ScanId} is adjudicated");
            if (reads.Any(r => r.Read.Reader == read.Reader)) return ReadWriteResult.Fail(ReadWriteStatus.AlreadyRead, $"scan {read.ScanId} already has a read by {read.Reader}");
            var stored = await InsertReadAsync(unit, read, final);
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.Read, read.ScanId, null,
                AuditPayload.Read(read, 1, Digest(read, 1, final), final: final)));
            return new ReadWriteResult(ReadWriteStatus.Saved, stored, null, "saved");
        }, r => r.Saved, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ReadWriteResult> AmendReadAsync(Read read, int expectedVersion, string actor, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(reason);
        if (read.IsConsensus) return Task.FromResult(ReadWriteResult.Fail(ReadWriteStatus.Invalid, "a consensus read is never amended"));
        if ((TextProblem(read) ?? ReasonProblem(reason)) is { } problem)
            return Task.FromResult(ReadWriteResult.Fail(ReadWriteStatus.Invalid, problem));
        return WriteIfAsync(async unit =>
        {
            var (exists, reads) = await ScanReadsAsync(unit, read.ScanId);
            if (!exists) return ReadWriteResult.Fail(ReadWriteStatus.ScanNotFound, $"scan {read.ScanId} is not in the study");
            var old = reads.FirstOrDefault(r => r.Read.Reader == read.Reader);
            if (old is null) return ReadWriteResult.Fail(ReadWriteStatus.ReadNotFound, $"scan {read.ScanId} has no read by {read.Reader} to amend");
            // The reader's own finalisation decides first: a consensus needs final reads, so an amendment after a
            // consensus is always refused for this reason, which tells the reader nothing about the others.
            if (old.Final) return ReadWriteResult.Fail(ReadWriteStatus.Finalised, $"the read of scan {read.ScanId} by {read.Reader} is final");
            if (reads.Any(r => r.Read.IsConsensus)) return ReadWriteResult.Fail(ReadWriteStatus.Adjudicated, $"scan {read.ScanId} is adjudicated");
            if (old.Version != expectedVersion)
                return ReadWriteResult.Fail(ReadWriteStatus.Stale, $"the read of scan {read.ScanId} by {read.Reader} is at version {old.Version}, not {expectedVersion}");
            var values = StudyRowValues.Of(read);
            var extraJson = ExtraJson.Write(read.Extra);
            await using (var update = unit.Connection.CreateCommand())
            {
                update.Transaction = unit.Transaction;
                var cols = StudyColumns.Reads;
                // scan_id and reader (columns 0 and 1) identify the row; the version in the WHERE makes the update conditional.
                update.CommandText = $"UPDATE reads SET {string.Join(", ", cols.Skip(2).Select((c, i) => $"{c} = @p{i + 2}"))}, extra = @e, version = version + 1 " +
                    "WHERE scan_id = @p0 AND reader = @p1 AND version = @v";
                for (var i = 0; i < values.Length; i++) AddNullable(update, "@p" + i, values[i]);
                AddParameter(update, "@e", extraJson);
                AddParameter(update, "@v", expectedVersion);
                if (await update.ExecuteNonQueryAsync(unit.Cancellation) != 1)
                    return ReadWriteResult.Fail(ReadWriteStatus.Stale, $"the read of scan {read.ScanId} by {read.Reader} changed meanwhile");
            }
            var now = new StoredRead(read, expectedVersion + 1) { Final = false };
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.Amendment, read.ScanId,
                AuditPayload.Previous(old.Read, old.Version, Digest(old.Read, old.Version, final: false)),
                AuditPayload.Read(read, now.Version, Digest(read, now.Version, final: false), reason, final: false)));
            return new ReadWriteResult(ReadWriteStatus.Saved, now, old, "saved");
        }, r => r.Saved, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ReadWriteResult> RecordConsensusAsync(Read consensus, IReadOnlyDictionary<string, int> basedOn, string actor, string reason,
        ConsensusResolution resolution = ConsensusResolution.Adjudicated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consensus);
        ArgumentNullException.ThrowIfNull(basedOn);
        ArgumentNullException.ThrowIfNull(reason);
        if (!consensus.IsConsensus) return Task.FromResult(ReadWriteResult.Fail(ReadWriteStatus.Invalid, $"a consensus read has reader '{Read.ConsensusReader}'"));
        if ((TextProblem(consensus) ?? ReasonProblem(reason)) is { } problem)
            return Task.FromResult(ReadWriteResult.Fail(ReadWriteStatus.Invalid, problem));
        return WriteIfAsync(async unit =>
        {
            var (exists, reads) = await ScanReadsAsync(unit, consensus.ScanId);
            if (!exists) return ReadWriteResult.Fail(ReadWriteStatus.ScanNotFound, $"scan {consensus.ScanId} is not in the study");
            if (reads.Any(r => r.Read.IsConsensus)) return ReadWriteResult.Fail(ReadWriteStatus.Adjudicated, $"scan {consensus.ScanId} is adjudicated");
            var required = await ReadersOfScanAsync(unit, consensus.ScanId);
            if (required.Count == 0) return ReadWriteResult.Fail(ReadWriteStatus.AwaitingReads, $"scan {consensus.ScanId} has no readers");
            var byReader = reads.ToDictionary(r => r.Read.Reader, StringComparer.Ordinal);
            var missing = required.Where(r => !byReader.TryGetValue(r, out var x) || !x.Final).ToArray();
            if (missing.Length > 0)
                return ReadWriteResult.Fail(ReadWriteStatus.AwaitingReads, $"scan {consensus.ScanId} still waits for the final read of {string.Join(", ", missing)}");
            var notInBasis = required.Where(r => !basedOn.ContainsKey(r)).ToArray();
            if (notInBasis.Length > 0)
                return ReadWriteResult.Fail(ReadWriteStatus.Stale, $"based_on lacks the read of {string.Join(", ", notInBasis)}");
            foreach (var (reader, version) in basedOn.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                if (!byReader.TryGetValue(reader, out var r))
                    return ReadWriteResult.Fail(ReadWriteStatus.Stale, $"based_on names a read of {reader} that does not exist");
                if (r.Version != version)
                    return ReadWriteResult.Fail(ReadWriteStatus.Stale, $"the read of {reader} is at version {r.Version}, not {version}: it changed after the consensus was prepared");
            }
            if (resolution == ConsensusResolution.ExactAgreement)
            {
                var basis = basedOn.Keys.Select(k => byReader[k].Read).ToArray();
                if (!basis.All(r => SameScores(r, basis[0])) || !SameScores(consensus, basis[0]))
                    return ReadWriteResult.Fail(ReadWriteStatus.Invalid, "the reads do not agree exactly (or the consensus differs from them): adjudicate instead");
            }
            var stored = await InsertReadAsync(unit, consensus, final: true);
            foreach (var (reader, version) in basedOn)
                await unit.ExecuteAsync("INSERT INTO consensus_basis (scan_id, reader, version) VALUES (@s, @r, @v)", new { s = consensus.ScanId, r = reader, v = version });
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.Consensus, consensus.ScanId, null,
                AuditPayload.Read(consensus, 1, Digest(consensus, 1), reason, basedOn, resolution)));
            return new ReadWriteResult(ReadWriteStatus.Saved, stored, null, "saved");
        }, r => r.Saved, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, int>> GetConsensusBasisAsync(string scanId, CancellationToken cancellationToken = default)
    {
        await using var c = await _dialect.OpenAsync(cancellationToken);
        var rows = await c.QueryAsync<(string Reader, long Version)>(new CommandDefinition(
            "SELECT reader, version FROM consensus_basis WHERE scan_id = @scanId ORDER BY reader", new { scanId }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Reader, r => (int)r.Version, StringComparer.Ordinal);
    }

    private static bool SameScores(Read a, Read b) =>
        a.Siopen.Equals(b.Siopen) && a.SoftTissue == b.SoftTissue
        && (a.Curie is null ? b.Curie is null : b.Curie is not null && a.Curie.Values.SequenceEqual(b.Curie.Values));

    private static string? TextProblem(Read read)
    {
        if (TextRules.ForbiddenControl(read.Comment) is { } c) return $"comment: control character {TextRules.Name(c)} is not allowed";
        foreach (var (k, v) in read.Extra)
            if (TextRules.ForbiddenControl(v) is { } e) return $"{k}: control character {TextRules.Name(e)} is not allowed";
        return null;
    }

    private static string? ReasonProblem(string reason) =>
        TextRules.ForbiddenControl(reason) is { } ch ? $"reason: control character {TextRules.Name(ch)} is not allowed" : null;

    /// <summary>Whether the scan exists, and its reads, inside the unit (after the writer lock, so they stay true until commit).</summary>
    private static async Task<(bool Exists, List<StoredRead> Reads)> ScanReadsAsync(WriteUnit unit, string scanId)
    {
        var exists = await unit.ScalarAsync<long>("SELECT COUNT(*) FROM scans WHERE scan_id = @scanId", new { scanId }) > 0;
        return (exists, exists ? await StoredReadsAsync(unit.Connection, unit.Transaction, scanId, unit.Cancellation) : []);
    }

    /// <summary>The readers who must read a scan: its explicit assignment, else the study's readers.</summary>
    private static async Task<IReadOnlyList<string>> ReadersOfScanAsync(WriteUnit unit, string scanId)
    {
        var assigned = await unit.QueryAsync<string>("SELECT reader FROM workstation_assignments WHERE scan_id = @scanId ORDER BY reader", new { scanId });
        return assigned.Count > 0 ? assigned : await unit.QueryAsync<string>("SELECT reader FROM study_readers ORDER BY reader");
    }

    private async Task<StoredRead> InsertReadAsync(WriteUnit unit, Read read, bool final)
    {
        var rowOrder = await unit.ScalarAsync<long>("SELECT COALESCE(MAX(row_order), 0) + 1 FROM reads");
        await using var insert = InsertCommand(unit, StudyTables.Reads, withVersion: true);
        Bind(insert, rowOrder, StudyRowValues.Of(read), ExtraJson.Write(read.Extra), 1, final);
        try
        {
            await insert.ExecuteNonQueryAsync(unit.Cancellation);
        }
        catch (Exception e) when (_dialect.IsConstraintViolation(e))
        {
            throw new StudyStoreException($"the read of scan {read.ScanId} by {read.Reader} breaks a rule of the store ({e.Message})", e);
        }
        return new StoredRead(read, 1) { Final = final };
    }

    private static string Digest(Read read, int version, bool final = true) =>
        CoveredState.ReadDigest(StudyRowValues.Of(read), version, ExtraJson.Write(read.Extra), final);

    /// <inheritdoc />
    public Task<ReadWriteResult> FinaliseReadAsync(string scanId, string reader, int expectedVersion, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scanId);
        ArgumentNullException.ThrowIfNull(reader);
        return WriteIfAsync(async unit =>
        {
            var (exists, reads) = await ScanReadsAsync(unit, scanId);
            if (!exists) return ReadWriteResult.Fail(ReadWriteStatus.ScanNotFound, $"scan {scanId} is not in the study");
            var old = reads.FirstOrDefault(r => r.Read.Reader == reader);
            if (old is null || old.Read.IsConsensus) return ReadWriteResult.Fail(ReadWriteStatus.ReadNotFound, $"scan {scanId} has no read by {reader} to finalise");
            if (old.Final) return ReadWriteResult.Fail(ReadWriteStatus.Finalised, $"the read of scan {scanId} by {reader} is final already");
            if (old.Version != expectedVersion)
                return ReadWriteResult.Fail(ReadWriteStatus.Stale, $"the read of scan {scanId} by {reader} is at version {old.Version}, not {expectedVersion}");
            if (await unit.ExecuteAsync("UPDATE reads SET final = 1, version = version + 1 WHERE scan_id = @scanId AND reader = @reader AND version = @expectedVersion AND final = 0",
                    new { scanId, reader, expectedVersion }) != 1)
                return ReadWriteResult.Fail(ReadWriteStatus.Stale, $"the read of scan {scanId} by {reader} changed meanwhile");
            var now = new StoredRead(old.Read, expectedVersion + 1);
            await unit.AuditAsync(new AuditRecord(actor, AuditActions.ReadFinalised, scanId, null,
                AuditPayload.Read(old.Read, now.Version, Digest(old.Read, now.Version))));
            return new ReadWriteResult(ReadWriteStatus.Saved, now, old, "saved");
        }, r => r.Saved, cancellationToken);
    }

    private static void AddNullable(System.Data.Common.DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        Set(p, value);
        cmd.Parameters.Add(p);
    }
}
