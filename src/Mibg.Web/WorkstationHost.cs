using Microsoft.AspNetCore.Authentication.Cookies;
using Mibg.Storage;
using Mibg.Storage.Workstation;
using Mibg.Web.Blinding;
using Mibg.Web.Hosting;
using Mibg.Web.Reading;
using Mibg.Web.Security;

namespace Mibg.Web;

/// <summary>
/// Builds the reader workstation web application (issue 6): Razor Pages for people, a JSON API for programs,
/// cookie sessions, roles, blinding, audit. Bound to 127.0.0.1:5080 unless <c>--urls</c> says otherwise.
/// </summary>
public static class WorkstationHost
{
    /// <summary>Name of the session cookie (HttpOnly, SameSite=Strict).</summary>
    public const string SessionCookie = "mibg.session";

    /// <summary>
    /// Builds the application for <paramref name="args"/>: host arguments plus <c>--store S</c> (SQLite file or
    /// PostgreSQL connection string, default <c>mibg.db</c>) and <c>--images DIR</c> (the folder scan images are
    /// served from). Opens the store (creating the study and workstation tables when new).
    /// </summary>
    /// <param name="args">Command-line style arguments.</param>
    /// <param name="configureServices">Replaces services.</param>
    /// <param name="clock">The clock of the store and the reading room (sessions, lockouts, read dates); the system clock by default.</param>
    /// <exception cref="StudyStoreException">The store cannot be opened.</exception>
    /// <exception cref="WorkstationConfigurationException">An address beyond loopback without TLS, or another setting that cannot be served.</exception>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WorkstationHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls(WorkstationSettings.DefaultUrls);
        var urls = builder.Configuration["urls"] is { Length: > 0 } u ? u : WorkstationSettings.DefaultUrls;
        if (ListenPolicy.ProblemWith(urls, builder.Configuration.GetValue<bool>(ListenPolicy.AllowPlainHttpKey)) is { } listenProblem)
            throw new WorkstationConfigurationException(listenProblem);
        // The session cookie is Secure wherever a network is crossed; only on plain-HTTP loopback can it not be.
        var cookieSecurity = ListenPolicy.LoopbackHttpOnly(urls) ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        var allowedHosts = ListenPolicy.AllowedHosts(urls);
        builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o =>
        {
            o.AllowedHosts = [.. allowedHosts];
            o.AllowEmptyHosts = false;
        });
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 1_000_000;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var settings = WorkstationSettings.From(builder.Configuration);
        // The study store first: it creates its schema in a new file, then the workstation tables join it.
        clock ??= TimeProvider.System;
        // One study database: the same object is the study store and the workstation store.
        var studyStore = StudyStores.Open(settings.Store, StoreOptions.Default with { Clock = clock, AuditDirectory = settings.AuditDirectory, RecoverInterruptedWrites = true });
        var workstationStore = (IWorkstationStore)studyStore;

        var services = builder.Services;
        var gate = StoreGate.For(settings.Store);
        services.AddSingleton(settings);
        services.AddSingleton(new StudyAccess(studyStore, gate));
        services.AddSingleton<IWorkstationStore>(new GatedWorkstationStore(workstationStore, gate));
        services.AddSingleton(new ScanCodes(BlindingSecret.LoadOrCreate(settings.BlindingKeyFile)));
        services.AddSingleton(settings.Reading);
        services.AddSingleton(clock);
        services.AddSingleton<LoginService>();
        services.AddSingleton<ReadingRoom>();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = null;
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = SessionCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = cookieSecurity;
            o.ExpireTimeSpan = ServerSessions.AbsoluteLifetime;
            o.SlidingExpiration = false;
            o.Events.OnValidatePrincipal = ServerSessions.ValidateAsync;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.Events.OnRedirectToLogin = c => ApiOrRedirect(c, StatusCodes.Status401Unauthorized, "sign in first (POST /api/login)");
            o.Events.OnRedirectToAccessDenied = c => ApiOrRedirect(c, StatusCodes.Status403Forbidden, "your role may not do this");
        });
        services.AddAuthorization(Policies.Add);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mibg.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = cookieSecurity;
        });
        services.AddRazorPages();
        configureServices?.Invoke(services);

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            app.Services.GetRequiredService<StudyAccess>().DisposeAsync().AsTask().GetAwaiter().GetResult();
        });
        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapEmbeddedAssets();
        app.MapScanImages();
        app.MapWorkstationApi();
        app.MapRazorPages();
        return app;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> c, int status, string message)
    {
        if (c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/scans"))
        {
            c.Response.StatusCode = status;
            return c.Response.WriteAsJsonAsync(new { error = message });
        }
        c.Response.Redirect(c.RedirectUri);
        return Task.CompletedTask;
    }
}
