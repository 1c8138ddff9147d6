using System.ComponentModel;
using Mibg.Cli.Infrastructure;
using Mibg.Storage;
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
        string[] args = ["--store", settings.Store, "--urls", settings.Urls, .. settings.Images is null ? Array.Empty<string>() : ["--images", settings.Images]];
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = WorkstationHost.Build(args);
        }
        catch (StudyStoreException e)
        {
            throw new UserInputException($"--store: {e.Message}");
        }
        await app.StartAsync(cancellationToken);
        output.Err.WriteLine($"mibg workstation listening on {string.Join(", ", app.Urls)} (store {settings.Store}); press Ctrl+C to stop");
        await app.WaitForShutdownAsync(cancellationToken);
        await app.DisposeAsync();
        return ExitCodes.Success;
    }
}
