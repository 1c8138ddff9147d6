using Mibg.Storage.Workstation;

namespace Mibg.Storage.Audit;

/// <summary>
/// Checks an audit log against its key and its anchor, and the covered tables against the log
/// (docs/security.md, "What verification detects"). Pure: the store reads the entries, the anchor and the tables.
/// </summary>
public static class AuditVerifier
{
    /// <summary>
    /// Every problem found, one sentence each (empty = intact):
    /// sequences 1..n without gaps; each entry linked to the previous MAC; each MAC right under <paramref name="key"/>
    /// (entries before a valid <see cref="AuditActions.Sealed"/> entry: their legacy SHA-256); the anchor not
    /// ahead of the log and equal to the entry it names; and <paramref name="tables"/> equal to the state the log
    /// vouches for.
    /// </summary>
    /// <param name="entries">The log in sequence order.</param>
    /// <param name="key">The audit key.</param>
    /// <param name="anchor">The anchor; null when its file is missing.</param>
    /// <param name="tables">The covered content as the tables hold it now.</param>
    public static IReadOnlyList<string> Verify(IReadOnlyList<AuditEntry> entries, AuditKey key, AuditAnchor? anchor, CoveredState tables) =>
        Verify(entries, key, anchor, tables, []);

    /// <summary>
    /// As <see cref="Verify(IReadOnlyList{AuditEntry}, AuditKey, AuditAnchor?, CoveredState)"/>, and adds to
    /// <paramref name="notices"/> what is not a problem but an operator should know: an anchor update interrupted
    /// by a stopped process, and writes recorded as interrupted (docs/security.md, "Anchor").
    /// </summary>
    public static IReadOnlyList<string> Verify(IReadOnlyList<AuditEntry> entries, AuditKey key, AuditAnchor? anchor, CoveredState tables, List<string> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tables);
        var problems = new List<string>();
        var legacy = LegacyCount(entries, key);
        var expectedPrevious = AuditChain.Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Sequence != i + 1)
                problems.Add($"entry {e.Sequence}: expected sequence {i + 1} (an entry was removed, inserted or moved)");
            if (e.PreviousHash != expectedPrevious)
                problems.Add($"entry {e.Sequence}: not linked to the entry before it (an entry was changed, removed, inserted or moved)");
            var valid = i < legacy
                ? AuditChain.LegacyHashOf(e.Sequence, e.At, e.Actor, e.Action, e.Subject, e.Before, e.After, e.PreviousHash) == e.Hash
                : AuditChain.HasValidMac(key, e);
            if (!valid)
                problems.Add(i < legacy
                    ? $"entry {e.Sequence}: content does not match its hash (the entry was changed)"
                    : $"entry {e.Sequence}: its MAC is wrong (the entry was changed, or written without the audit key)");
            expectedPrevious = e.Hash;
        }

        CheckAnchor(entries, anchor, problems, notices);
        foreach (var e in entries.Where(e => e.Action == AuditActions.InterruptedWrite))
            notices.Add($"entry {e.Sequence} ({AuditChain.FormatTime(e.At)}): a write the anchor had recorded as in progress ({Describe(e.After)}) never reached the log; the process making it was stopped before its commit, so nothing of it was stored");

        var expected = new CoveredState();
        for (var i = legacy; i < entries.Count; i++)
            if (AuditPayload.Apply(expected, entries[i]) is { } p) problems.Add(p);
        Compare(expected, tables, problems);
        return problems;
    }

    /// <summary>
    /// The anchor's confirmed entry must be in the log. Its pending write (written before a commit) must be in the
    /// log too — the process was then stopped after its commit, before the anchor caught up — or else the log must
    /// end at the confirmed entry: the process was stopped before its commit, or verification ran while it was
    /// committing. Anything else means the log was cut or rewritten.
    /// </summary>
    private static void CheckAnchor(IReadOnlyList<AuditEntry> entries, AuditAnchor? anchor, List<string> problems, List<string> notices)
    {
        if (anchor is null)
        {
            problems.Add("the audit anchor is missing: entries removed from the end cannot be ruled out (restore the anchor from its backup)");
            return;
        }
        if (anchor.Count > entries.Count)
        {
            problems.Add($"the log has {entries.Count} entries but the anchor records {anchor.Count}: entries were removed from the end");
            return;
        }
        if (anchor.Count > 0 && entries[(int)anchor.Count - 1].Hash != anchor.Head)
        {
            problems.Add($"entry {anchor.Count} is not the one the anchor records: the log was rewritten");
            return;
        }
        if (anchor.Pending is not { } pending) return;
        var range = pending.Count == anchor.Count + 1 ? $"entry {pending.Count}" : $"entries {anchor.Count + 1}–{pending.Count}";
        if (pending.Count <= entries.Count && entries[(int)pending.Count - 1].Hash == pending.Head)
            notices.Add($"the anchor still records the write of {range} as in progress although the log has it: the process was stopped after its commit and before the anchor update (or is committing now); nothing is missing, and the next write moves the anchor on");
        else if (entries.Count == anchor.Count || RecordedAsInterrupted(entries, anchor.Count, pending))
            notices.Add($"the anchor records a write of {range} in progress that is not in the log: the process making it was stopped before its commit (or is committing now), so nothing of it was stored; the next write records this in the log. Had that write been committed and its entries then removed, the change itself would show here as content without an entry");
        else
            problems.Add($"the log has {entries.Count} entries but not the write of {range} that the anchor records as in progress: the log was rewritten");
    }

    /// <summary>Whether an entry after the confirmed one records <paramref name="pending"/> as interrupted (a later write found it).</summary>
    private static bool RecordedAsInterrupted(IReadOnlyList<AuditEntry> entries, long confirmed, AuditPoint pending) =>
        entries.Skip((int)confirmed).Any(e => e.Action == AuditActions.InterruptedWrite && e.After is { } a && a.Contains(pending.Head, StringComparison.Ordinal));

    private static string Describe(string? after)
    {
        try
        {
            var o = System.Text.Json.Nodes.JsonNode.Parse(after ?? "");
            return $"up to entry {o!["pending_entries"]!.GetValue<long>()}";
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            return "details unreadable";
        }
    }

    /// <summary>Entries before the first seal with a valid MAC that names exactly that many legacy entries; 0 when none.</summary>
    private static int LegacyCount(IReadOnlyList<AuditEntry> entries, AuditKey key)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Action == AuditActions.Sealed && AuditChain.HasValidMac(key, e))
            {
                try
                {
                    return AuditPayload.SealedLegacyEntries(e) == i ? i : 0;
                }
                catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or FormatException)
                {
                    return 0;
                }
            }
        }
        return 0;
    }

    private static void Compare(CoveredState expected, CoveredState actual, List<string> problems)
    {
        foreach (var ((scan, reader), digest) in actual.Reads.OrderBy(kv => kv.Key.Scan, StringComparer.Ordinal).ThenBy(kv => kv.Key.Reader, StringComparer.Ordinal))
        {
            if (!expected.Reads.TryGetValue((scan, reader), out var want))
                problems.Add($"reads: the read of scan {scan} by {reader} has no audit entry (added to the table directly)");
            else if (want != digest)
                problems.Add($"reads: the read of scan {scan} by {reader} differs from its last audit entry (changed in the table directly)");
        }
        foreach (var (scan, reader) in expected.Reads.Keys.Where(k => !actual.Reads.ContainsKey(k)).OrderBy(k => k.Scan, StringComparer.Ordinal).ThenBy(k => k.Reader, StringComparer.Ordinal))
            problems.Add($"reads: the read of scan {scan} by {reader} is in the audit log but missing from the table (deleted directly)");

        foreach (var (name, digest) in actual.Accounts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!expected.Accounts.TryGetValue(name, out var want))
                problems.Add($"accounts: account {name} has no audit entry (added to the table directly)");
            else if (want != digest)
                problems.Add($"accounts: account {name} differs from its last audit entry (role, disabled or password changed directly)");
        }
        foreach (var name in expected.Accounts.Keys.Where(k => !actual.Accounts.ContainsKey(k)).Order(StringComparer.Ordinal))
            problems.Add($"accounts: account {name} is in the audit log but missing from the table (deleted directly)");

        foreach (var scan in expected.Assignments.Keys.Union(actual.Assignments.Keys).Order(StringComparer.Ordinal))
        {
            var want = expected.Assignments.GetValueOrDefault(scan) ?? [];
            var have = actual.Assignments.GetValueOrDefault(scan) ?? [];
            if (!want.SequenceEqual(have, StringComparer.Ordinal))
                problems.Add($"assignments: scan {scan} is assigned to [{string.Join(", ", have)}] but the audit log says [{string.Join(", ", want)}]");
        }
        if (expected.StudyTables is { } vouched && actual.StudyTables is { } stored)
            foreach (var table in CoveredState.StudyTableNames)
                if (vouched.GetValueOrDefault(table) != stored.GetValueOrDefault(table))
                    problems.Add($"{table}: the table differs from what the last import stored (rows changed, added or removed directly)");
        if (!expected.StudyReaders.SequenceEqual(actual.StudyReaders, StringComparer.Ordinal))
            problems.Add($"study readers: the table says [{string.Join(", ", actual.StudyReaders)}] but the audit log says [{string.Join(", ", expected.StudyReaders)}]");
    }
}
