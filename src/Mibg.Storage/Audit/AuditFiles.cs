namespace Mibg.Storage.Audit;

/// <summary>
/// Where the audit key and the audit anchor of a store live (docs/security.md, "Key and anchor"): outside the
/// database, in files readable by their owner only. For a SQLite store <c>study.db</c> they are
/// <c>study.db.audit-key</c> and <c>study.db.audit-anchor</c> in the audit folder; for PostgreSQL
/// <c>pg-HOST-PORT-DATABASE.audit-key</c> and <c>.audit-anchor</c>.
/// </summary>
/// <param name="KeyPath">The 32-byte HMAC key file.</param>
/// <param name="AnchorPath">The anchor file: entry count and head MAC of the log.</param>
public sealed record AuditFiles(string KeyPath, string AnchorPath)
{
    /// <summary>The environment variable naming the audit folder.</summary>
    public const string DirectoryVariable = "MIBG_AUDIT_DIR";

    /// <summary>The audit files of <paramref name="spec"/>, in <paramref name="directory"/> or the default folder.</summary>
    public static AuditFiles For(StoreSpec spec, string? directory)
    {
        ArgumentNullException.ThrowIfNull(spec);
        directory ??= Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } env ? env : null;
        string baseName;
        if (spec.Kind == StoreKind.Sqlite)
        {
            var full = Path.GetFullPath(spec.Text);
            directory ??= Path.GetDirectoryName(full)!;
            baseName = Path.GetFileName(full);
        }
        else
        {
            var b = new Npgsql.NpgsqlConnectionStringBuilder(spec.Text);
            directory ??= Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "mibg", "audit");
            baseName = Safe($"pg-{b.Host}-{b.Port}-{b.Database}");
        }
        return new AuditFiles(Path.Combine(directory, baseName + ".audit-key"), Path.Combine(directory, baseName + ".audit-anchor"));
    }

    /// <summary>
    /// Whether the key and the anchor sit in the folder of the SQLite store file itself (the default): then whoever can
    /// write the store can usually rewrite them too, and the audit no longer stands against the threat it is for
    /// (docs/security.md, "Where the key and the anchor live").
    /// </summary>
    public bool BesideStore(StoreSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Kind == StoreKind.Sqlite
            && string.Equals(Path.GetDirectoryName(Path.GetFullPath(KeyPath)), Path.GetDirectoryName(Path.GetFullPath(spec.Text)), StringComparison.Ordinal);
    }

    /// <summary>The warning printed when <see cref="BesideStore"/> holds.</summary>
    public const string BesideStoreWarning =
        "the audit key and anchor are in the store's own folder: whoever can write the store there can usually rewrite them too; " +
        "keep them where the store's writers cannot write (--audit-dir DIR or MIBG_AUDIT_DIR; docs/security.md)";

    private static string Safe(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
