using Npgsql;

namespace Mibg.Storage;

/// <summary>The two kinds of study database (docs/architecture.md, "One study database").</summary>
public enum StoreKind
{
    /// <summary>An embedded SQLite file (default <c>./mibg.db</c>).</summary>
    Sqlite,
    /// <summary>A PostgreSQL database named by a connection string.</summary>
    PostgreSql,
}

/// <summary>
/// A parsed <c>--store S</c> (docs/cli.md): the one place that decides whether a store specification is a SQLite
/// file path or a PostgreSQL connection string. A specification is a connection string when it is a list of
/// <c>key=value</c> pairs naming a server with <c>Host=</c> or its alias <c>Server=</c> (any case, any spacing);
/// anything else is a file path.
/// </summary>
public sealed record StoreSpec
{
    private StoreSpec(StoreKind kind, string text, string display)
    {
        Kind = kind;
        Text = text;
        Display = display;
    }

    /// <summary>SQLite or PostgreSQL.</summary>
    public StoreKind Kind { get; }

    /// <summary>The specification as given: the file path, or the full connection string (may hold a password: never print it).</summary>
    public string Text { get; }

    /// <summary>What may be shown in messages, logs and banners: the path, or <c>PostgreSQL host:port/database (user U)</c> without the password.</summary>
    public string Display { get; }

    /// <summary>Parses a store specification.</summary>
    /// <exception cref="StudyStoreException">Empty, or a connection string PostgreSQL cannot parse (the message never repeats the password).</exception>
    public static StoreSpec Parse(string spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
            throw new StudyStoreException("--store is empty: give a store file path or a PostgreSQL connection string (Host=…;Database=…)");
        if (!NamesServer(spec)) return new StoreSpec(StoreKind.Sqlite, spec, spec);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(spec);
        }
        catch (ArgumentException e)
        {
            // Npgsql's message names the bad key, never a value.
            throw new StudyStoreException($"--store: not a valid PostgreSQL connection string ({e.Message}); write e.g. Host=localhost;Database=mibg;Username=mibg", e);
        }
        var display = $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}" + (builder.Username is { Length: > 0 } u ? $" (user {u})" : "");
        return new StoreSpec(StoreKind.PostgreSql, spec, display);
    }

    /// <summary>Whether <paramref name="spec"/> is a PostgreSQL connection string (see the class remarks).</summary>
    public static bool IsPostgreSql(string spec) => !string.IsNullOrWhiteSpace(spec) && NamesServer(spec);

    private static bool NamesServer(string spec)
    {
        foreach (var part in spec.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) continue;
            var key = part[..eq].Trim();
            if (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Display;
}
