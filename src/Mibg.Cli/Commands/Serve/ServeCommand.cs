using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Storage;
using Mibg.Storage.Audit;
using Mibg.Web;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;

namespace Mibg.Cli.Commands.Serve;

/// <summary><c>mibg serve [--store S] [--urls U] [--images DIR]</c>.</summary>
internal sealed class ServeSettings : StoreSettings
{
    [CommandOption("--urls <U>")]
    [Description("Where to listen (default http://127.0.0.1:5080: this machine only).")]
    public string Urls { get; init; } = Mibg.Web.Hosting.WorkstationSettings.DefaultUrls;

    [CommandOption("--images <DIR>")]
    [Description("The only folder scan images (scans.image) are served from; default: the store file's folder.")]
    public string? Images { get; init; }

    [CommandOption("--plan <FILE>")]
    [Description("Analysis plan whose 'reading' section sets what readers see and automatic consensus (default: the default plan).")]
    public string? Plan { get; init; }

    [CommandOption("--blinding-key <FILE>")]
    [Description("Secret of the readers' scan codes (made at first start, owner-only); default: beside the store file.")]
    public string? BlindingKey { get; init; }

    [CommandOption("--allow-plain-http")]
    [Description("Serve plain HTTP beyond loopback: only behind a TLS-terminating proxy (cookies stay Secure). Without it such --urls are refused.")]
    public bool AllowPlainHttp { get; init; }
}

/// <summary>Runs the reader workstation until stopped (Ctrl+C).</summary>
internal sealed class ServeCommand(CliOutput output) : AsyncCommand<ServeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(settings.Urls.Split(';')[0], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new UserInputException($"--urls: '{settings.Urls}' is not an address like http://127.0.0.1:5080");
        if (settings.Images is { } images && !Directory.Exists(images))
            throw new UserInputException($"--images: folder '{images}' does not exist");
        if (settings.Plan is { } plan && !File.Exists(plan))
            throw new UserInputException($"--plan: file '{plan}' does not exist");
        string[] args =
        [
            "--store", settings.Store, "--urls", settings.Urls,
            .. settings.Images is null ? Array.Empty<string>() : ["--images", settings.Images],
            .. settings.Plan is null ? Array.Empty<string>() : ["--plan", settings.Plan],
            .. settings.BlindingKey is null ? Array.Empty<string>() : ["--blinding-key", settings.BlindingKey],
            .. settings.AuditDir is null ? Array.Empty<string>() : ["--audit-dir", settings.AuditDir],
            .. settings.AllowPlainHttp ? ["--" + Mibg.Web.Hosting.ListenPolicy.AllowPlainHttpKey, "true"] : Array.Empty<string>(),
        ];
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = WorkstationHost.Build(args);
        }
        catch (StudyStoreException e)
        {
            throw new UserInputException($"--store: {e.Message}");
        }
        catch (Mibg.Web.Hosting.WorkstationConfigurationException e)
        {
            throw new UserInputException(e.Message);
        }
        catch (Mibg.Core.Plan.InvalidPlanException e)
        {
            throw new UserInputException($"--plan: {e.Message}");
        }
        await app.StartAsync(cancellationToken);
        // The store is described, never printed: a PostgreSQL connection string may hold a password.
        if (AuditFiles.For(StoreSpec.Parse(settings.Store), settings.AuditDir).BesideStore(StoreSpec.Parse(settings.Store)))
            output.Err.WriteLine($"mibg: warning: {AuditFiles.BesideStoreWarning}");
        output.Err.WriteLine($"mibg workstation listening on {string.Join(", ", app.Urls)} ({Mibg.Web.Hosting.WorkstationSettings.Describe(settings.Store)}); press Ctrl+C to stop");
        await app.WaitForShutdownAsync(cancellationToken);
        await app.DisposeAsync();
        return ExitCodes.Success;
    }
}
