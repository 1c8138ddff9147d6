using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Mibg.Storage.Tests.Postgres;

/// <summary>
/// A private PostgreSQL 15 cluster for the tests: a fresh data folder in the temp directory, bound to
/// 127.0.0.1 on a free port, started once per test collection and deleted at the end. Running as root
/// (CI), the cluster runs as user <c>postgres</c> through <c>runuser</c>; otherwise as the current user.
/// Each test takes its own empty database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    /// <summary>Where Debian's postgresql-15 package puts the server binaries.</summary>
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private string _root = "";
    private string _data = "";
    private int _databases;

    /// <summary>TCP port the server listens on (127.0.0.1).</summary>
    public int Port { get; private set; }

    /// <summary>Connection string of the maintenance database <c>postgres</c>.</summary>
    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    private static bool IsRoot => Environment.UserName == "root";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDirectory}/initdb missing): apt-get install -y postgresql-15");
        // A short path: the Unix socket lives here too and socket paths are limited to ~107 bytes.
        _root = Path.Combine("/tmp", "mibg-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(_root);
        _data = Path.Combine(_root, "data");
        if (IsRoot) await RunAsync("chown", ["postgres:postgres", _root]);
        await RunAsServerUserAsync("initdb", ["-D", _data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--locale=C"]);
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort();
            try
            {
                await RunAsServerUserAsync("pg_ctl",
                [
                    "-D", _data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
                    "-o", $"-p {Port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                    "start",
                ]);
                break;
            }
            catch (InvalidOperationException) when (attempt < 2)
            {
                // The port was taken between probing and binding: try another one.
            }
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..8]}";
        await using (var c = new NpgsqlConnection(AdminConnectionString))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_data))
                await RunAsServerUserAsync("pg_ctl", ["-D", _data, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            if (_root.Length > 0 && Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private static Task RunAsServerUserAsync(string program, IReadOnlyList<string> args) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(BinDirectory, program), .. args])
            : RunAsync(Path.Combine(BinDirectory, program), args);

    private static async Task RunAsync(string program, IReadOnlyList<string> args)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {p.ExitCode}: {await stderr}{await stdout}");
    }
}

/// <summary>The xunit collection of every test that needs <see cref="PostgresCluster"/>: one cluster for all.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres";
}
