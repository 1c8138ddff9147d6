using Mibg.Core.Plan;
using Mibg.Storage.Workstation;

namespace Mibg.Web.Hosting;

/// <summary>
/// Settings of the workstation, from the host's configuration (command line <c>--store S --images DIR
/// --urls U --plan FILE --blinding-key FILE</c>, or environment variables).
/// </summary>
public sealed record WorkstationSettings
{
    /// <summary>The address served when none is given: loopback only (docs/cli.md).</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The study store: a SQLite file path or a PostgreSQL connection string. Default <c>mibg.db</c>.</summary>
    public required string Store { get; init; }

    /// <summary>
    /// The only folder scan images are served from (absolute). Default: the folder of the store file, or the
    /// current folder for a PostgreSQL store.
    /// </summary>
    public required string ImageRoot { get; init; }

    /// <summary>
    /// The file holding the secret of the scan codes (<see cref="Blinding.BlindingSecret"/>). Default: beside a
    /// SQLite store, <c>STORE.blinding-key</c>; for PostgreSQL, <c>mibg.blinding-key</c> in the current folder.
    /// </summary>
    public required string BlindingKeyFile { get; init; }

    /// <summary>
    /// The folder of the audit key and anchor (<c>--audit-dir DIR</c>); null: the store's default
    /// (<see cref="Mibg.Storage.StoreOptions.AuditDirectory"/>).
    /// </summary>
    public string? AuditDirectory { get; init; }

    /// <summary>The reading section of the analysis plan (<c>--plan FILE</c>); the defaults when no plan is given.</summary>
    public required ReadingSettings Reading { get; init; }

    /// <summary>
    /// The store for messages and banners: the SQLite path, or the PostgreSQL host, port, database and user — never
    /// the password or any other connection-string secret.
    /// </summary>
    public static string Describe(string store)
    {
        if (!WorkstationStores.IsPostgres(store)) return $"SQLite store {Path.GetFullPath(store)}";
        try
        {
            var b = new Npgsql.NpgsqlConnectionStringBuilder(store);
            return $"PostgreSQL store {b.Host}:{b.Port}/{b.Database} as {b.Username}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL store (connection string not shown)";
        }
    }

    /// <summary>Reads the settings from configuration keys <c>store</c>, <c>images</c>, <c>plan</c>, <c>blinding-key</c> and <c>audit-dir</c>.</summary>
    /// <exception cref="InvalidPlanException">The plan file is not a valid plan.</exception>
    /// <exception cref="IOException">The plan file cannot be read.</exception>
    public static WorkstationSettings From(IConfiguration configuration)
    {
        var store = configuration["store"] is { Length: > 0 } s ? s : Mibg.Storage.StudyStores.DefaultPath;
        var postgres = WorkstationStores.IsPostgres(store);
        var images = configuration["images"] is { Length: > 0 } i
            ? i
            : postgres ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(store))!;
        var key = configuration["blinding-key"] is { Length: > 0 } k
            ? k
            : postgres ? Path.Combine(Directory.GetCurrentDirectory(), "mibg.blinding-key") : Path.GetFullPath(store) + ".blinding-key";
        var reading = configuration["plan"] is { Length: > 0 } plan ? PlanJson.Parse(File.ReadAllText(plan)).Reading : new ReadingSettings();
        var audit = configuration["audit-dir"] is { Length: > 0 } a ? Path.GetFullPath(a) : null;
        return new WorkstationSettings { Store = store, ImageRoot = Path.GetFullPath(images), BlindingKeyFile = Path.GetFullPath(key), Reading = reading, AuditDirectory = audit };
    }
}
