using System.Text.Json;
using System.Text.Json.Nodes;
using Mibg.Core.Study;
using Mibg.Storage.Layout;
using Mibg.Storage.Workstation;

namespace Mibg.Storage.Audit;

/// <summary>
/// The <c>after</c> JSON of the audit entries that change covered content, written by the store and read back by
/// <see cref="AuditVerifier"/>: one place for the format, so the writer and the checker cannot disagree.
/// </summary>
internal static class AuditPayload
{
    /// <summary>A read as shown in the log: its dictionary columns (non-empty ones) and extra columns.</summary>
    public static JsonObject ReadObject(Read read)
    {
        var o = new JsonObject();
        var values = StudyRowValues.Of(read);
        for (var i = 0; i < values.Length; i++)
        {
            switch (values[i])
            {
                case null: break;
                case int n: o[StudyColumns.Reads[i]] = n; break;
                default: o[StudyColumns.Reads[i]] = Convert.ToString(values[i], System.Globalization.CultureInfo.InvariantCulture); break;
            }
        }
        o["siopen_total"] = read.Siopen.Total;
        if (read.Extra.Count > 0)
        {
            var extra = new JsonObject();
            foreach (var (k, v) in read.Extra) extra[k] = v;
            o["extra"] = extra;
        }
        return o;
    }

    /// <summary>The payload of a read, an amendment (with its reason) or a consensus (with reason, basis and resolution).</summary>
    public static string Read(Read read, int version, string digest, string? reason = null,
        IReadOnlyDictionary<string, int>? basedOn = null, ConsensusResolution? resolution = null, bool final = true)
    {
        var o = new JsonObject { ["read"] = ReadObject(read), ["version"] = version, ["digest"] = digest };
        if (!final) o["final"] = false;
        if (reason is not null) o["reason"] = reason;
        if (basedOn is not null)
        {
            var b = new JsonObject();
            foreach (var (reader, v) in basedOn.OrderBy(kv => kv.Key, StringComparer.Ordinal)) b[reader] = v;
            o["based_on"] = b;
        }
        if (resolution is { } r) o["resolution"] = r == ConsensusResolution.ExactAgreement ? "exact_agreement" : "adjudicated";
        return o.ToJsonString();
    }

    /// <summary>The "before" of an amendment: the read it replaced.</summary>
    public static string Previous(Read read, int version, string digest) =>
        new JsonObject { ["read"] = ReadObject(read), ["version"] = version, ["digest"] = digest }.ToJsonString();

    /// <summary>The payload of an account change: the account's state after it (the password hash only as part of the digest).</summary>
    public static string Account(string name, WorkstationRole role, bool disabled, string digest) =>
        new JsonObject { ["name"] = name, ["role"] = role.Code(), ["disabled"] = disabled, ["digest"] = digest }.ToJsonString();

    /// <summary>The payload of an import: counts, source, and (scan, reader, digest) of every read.</summary>
    /// <param name="counts">Rows per table.</param>
    /// <param name="source">The imported file or folder.</param>
    /// <param name="reads">(scan, reader, digest) of every read.</param>
    /// <param name="tables">Digest of every other study table as stored (<see cref="CoveredState.StudyTableNames"/>).</param>
    public static string Import(StudyCounts counts, string source, IEnumerable<(string Scan, string Reader, string Digest)> reads, IReadOnlyDictionary<string, string> tables)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(tables);
        var list = new JsonArray();
        foreach (var (s, r, d) in reads) list.Add(new JsonArray(s, r, d));
        return new JsonObject
        {
            ["source"] = source, ["patients"] = counts.Patients, ["scans"] = counts.Scans, ["reads"] = counts.Reads,
            ["events"] = counts.Events, ["radiotherapy"] = counts.RadiotherapyCourses, ["assessments"] = counts.Assessments,
            ["read_digests"] = list, ["table_digests"] = TableDigests(tables),
        }.ToJsonString();
    }

    private static JsonObject TableDigests(IReadOnlyDictionary<string, string> tables)
    {
        var o = new JsonObject();
        foreach (var (t, d) in tables.OrderBy(kv => kv.Key, StringComparer.Ordinal)) o[t] = d;
        return o;
    }

    private static Dictionary<string, string>? ReadTableDigests(JsonNode? after) =>
        after?["table_digests"] is JsonObject o ? o.ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>(), StringComparer.Ordinal) : null;

    /// <summary>A sorted list of names (assignments, study readers).</summary>
    public static string Names(IEnumerable<string> names) => JsonSerializer.Serialize(names.Order(StringComparer.Ordinal).ToArray());

    /// <summary>The payload of an <see cref="AuditActions.InterruptedWrite"/> entry: the write the anchor recorded as pending.</summary>
    public static string Interrupted(AuditPoint pending) =>
        new JsonObject { ["pending_entries"] = pending.Count, ["pending_head"] = pending.Head }.ToJsonString();

    /// <summary>The payload of the seal: how many legacy entries precede it and the covered state at that moment.</summary>
    public static string Seal(long legacyEntries, CoveredState state)
    {
        var reads = new JsonArray();
        foreach (var ((s, r), d) in state.Reads.OrderBy(kv => kv.Key.Scan, StringComparer.Ordinal).ThenBy(kv => kv.Key.Reader, StringComparer.Ordinal))
            reads.Add(new JsonArray(s, r, d));
        var accounts = new JsonArray();
        foreach (var (n, d) in state.Accounts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) accounts.Add(new JsonArray(n, d));
        var assignments = new JsonArray();
        foreach (var (scan, readers) in state.Assignments.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            assignments.Add(new JsonArray(scan, new JsonArray(readers.Select(x => (JsonNode?)x).ToArray())));
        return new JsonObject
        {
            ["legacy_entries"] = legacyEntries, ["reads"] = reads, ["accounts"] = accounts, ["assignments"] = assignments,
            ["study_readers"] = new JsonArray(state.StudyReaders.Select(x => (JsonNode?)x).ToArray()),
            ["table_digests"] = state.StudyTables is { } t ? TableDigests(t) : null,
        }.ToJsonString();
    }

    /// <summary>The number of legacy entries a seal names; null when the payload is not a seal's.</summary>
    public static long? SealedLegacyEntries(AuditEntry seal) =>
        Parse(seal.After)?["legacy_entries"]?.GetValue<long>();

    /// <summary>
    /// Applies an entry to the covered state it vouches for (entries that change no covered content are ignored).
    /// Returns a problem when the payload cannot be read.
    /// </summary>
    public static string? Apply(CoveredState state, AuditEntry e)
    {
        try
        {
            var after = Parse(e.After);
            switch (e.Action)
            {
                case AuditActions.Import:
                    state.StudyTables = ReadTableDigests(after);
                    state.Reads.Clear();
                    foreach (var t in after!["read_digests"]!.AsArray())
                        state.Reads[(t![0]!.GetValue<string>(), t[1]!.GetValue<string>())] = t[2]!.GetValue<string>();
                    break;
                case AuditActions.Read or AuditActions.Amendment or AuditActions.Consensus or AuditActions.ReadFinalised:
                    var read = after!["read"]!;
                    state.Reads[(read["scan_id"]!.GetValue<string>(), read["reader"]!.GetValue<string>())] = after["digest"]!.GetValue<string>();
                    break;
                case AuditActions.UserAdded or AuditActions.UserDisabled or AuditActions.UserEnabled or AuditActions.PasswordReset:
                    state.Accounts[after!["name"]!.GetValue<string>()] = after["digest"]!.GetValue<string>();
                    break;
                case AuditActions.Assignment:
                    var readers = after!.AsArray().Select(x => x!.GetValue<string>()).ToArray();
                    if (readers.Length == 0) state.Assignments.Remove(e.Subject);
                    else state.Assignments[e.Subject] = readers;
                    break;
                case AuditActions.StudyReaders:
                    state.StudyReaders = after!.AsArray().Select(x => x!.GetValue<string>()).ToArray();
                    break;
                case AuditActions.Sealed:
                    state.Reads.Clear();
                    foreach (var t in after!["reads"]!.AsArray())
                        state.Reads[(t![0]!.GetValue<string>(), t[1]!.GetValue<string>())] = t[2]!.GetValue<string>();
                    state.Accounts.Clear();
                    foreach (var t in after["accounts"]!.AsArray()) state.Accounts[t![0]!.GetValue<string>()] = t[1]!.GetValue<string>();
                    state.Assignments.Clear();
                    foreach (var t in after["assignments"]!.AsArray())
                        state.Assignments[t![0]!.GetValue<string>()] = t[1]!.AsArray().Select(x => x!.GetValue<string>()).ToArray();
                    state.StudyReaders = after["study_readers"]!.AsArray().Select(x => x!.GetValue<string>()).ToArray();
                    state.StudyTables = ReadTableDigests(after);
                    break;
            }
            return null;
        }
        catch (Exception ex) when (ex is JsonException or NullReferenceException or InvalidOperationException or FormatException)
        {
            return $"entry {e.Sequence}: its {e.Action} record cannot be read ({ex.Message})";
        }
    }

    private static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);
}
