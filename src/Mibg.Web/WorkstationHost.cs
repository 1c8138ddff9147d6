namespace Mibg.Web;

/// <summary>Builds the reader workstation web application (issue 6).</summary>
public static class WorkstationHost
{
    /// <summary>Builds the application for <paramref name="args"/> (ASP.NET Core host arguments).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/", () => "mibg");
        return app;
    }
}
