using Mibg.Storage.Workstation;

namespace Mibg.Web.Hosting;

/// <summary>
/// Settings of the workstation, from the host's configuration (command line <c>--store S --images DIR
/// --urls U</c>, or environment variables).
/// </summary>
public sealed record WorkstationSettings
{
    /// <summary>The address served when none is given: loopback only (design/cli.md).</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The study store: a SQLite file path or a PostgreSQL connection string. Default <c>mibg.db</c>.</summary>
    public required string Store { get; init; }

    /// <summary>
    /// The only folder scan images are served from (absolute). Default: the folder of the store file, or the
    /// current folder for a PostgreSQL store.
    /// </summary>
    public required string ImageRoot { get; init; }

    /// <summary>Reads the settings from configuration keys <c>store</c> and <c>images</c>.</summary>
    public static WorkstationSettings From(IConfiguration configuration)
    {
        var store = configuration["store"] is { Length: > 0 } s ? s : Mibg.Storage.StudyStores.DefaultPath;
        var images = configuration["images"] is { Length: > 0 } i
            ? i
            : WorkstationStores.IsPostgres(store) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(store))!;
        return new WorkstationSettings { Store = store, ImageRoot = Path.GetFullPath(images) };
    }
}
