using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace TthcEngine.TestSupport;

/// <summary>
/// A private, throwaway PostgreSQL server on a free loopback port, in its own folder under /tmp
/// (or an existing server named by TTHC_TEST_POSTGRES). Dispose stops it and deletes the folder.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string ServerUser = "postgres";
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(30);

    private readonly string? directory;
    private readonly string? binDirectory;
    private readonly IDisposable? exitCleanup;
    private int disposed;

    private PostgresServer(string connectionString) => ConnectionString = connectionString;

    private PostgresServer(string directory, string binDirectory, int port)
    {
        this.directory = directory;
        this.binDirectory = binDirectory;
        Port = port;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username={ServerUser};Database=postgres";
        exitCleanup = ProcessExitCleanup.Register(KillNow);
    }

    /// <summary>Connection string to the server's maintenance database (postgres).</summary>
    public string ConnectionString { get; }

    /// <summary>The private server's port; 0 for an external server.</summary>
    public int Port { get; }

    /// <summary>True when TTHC_TEST_POSTGRES named the server and nothing was started.</summary>
    public bool IsExternal => directory is null;

    private string DataDirectory => Path.Combine(directory!, "data");

    private string LogPath => Path.Combine(directory!, "postgres.log");

    public static async Task<PostgresServer> StartAsync(PostgresServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new PostgresServerOptions();
        if (!string.IsNullOrWhiteSpace(options.ExternalConnectionString))
        {
            return new PostgresServer(options.ExternalConnectionString);
        }

        var timer = Stopwatch.StartNew();
        var bin = options.BinDirectory ?? FindNewestBinDirectory();
        if (bin is null || !File.Exists(Path.Combine(bin, "initdb")) || !File.Exists(Path.Combine(bin, "pg_ctl")))
        {
            throw ServerStartException.MissingBinaries("PostgreSQL", $"looked for initdb and pg_ctl in {bin ?? "/usr/lib/postgresql/*/bin"}");
        }

        var server = new PostgresServer(PrivateDirectory.Create("tthc-pg-"), bin, FreePorts.Take(1)[0]);
        try
        {
            await server.InitializeAndStartAsync(options.StartupTimeout, timer, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Creates an empty UTF-8 database (dropping any old one of that name, so it is always fresh)
    /// and returns a connection string to it.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var quoted = "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // No pooling: an idle admin connection would block a later DROP DATABASE of this name.
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)", cancellationToken).ConfigureAwait(false);
            // template0: the new database is UTF-8 even on an external server with another default.
            await ExecuteAsync(connection, $"CREATE DATABASE {quoted} ENCODING 'UTF8' TEMPLATE template0", cancellationToken).ConfigureAwait(false);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (directory is null || Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        // Read before stopping: the postmaster removes its pid file on the way out.
        var pid = UnixProcesses.ReadPidFile(Path.Combine(DataDirectory, "postmaster.pid"));
        if (pid is int running && UnixProcesses.IsAlive(running))
        {
            var stop = PgCtl(["-D", DataDirectory, "-m", "fast", "-w", "-t", "20", "stop"]);
            await ProcessRunner.RunAsync(stop, StopLimit).ConfigureAwait(false);
            if (!await UnixProcesses.WaitForExitAsync(running, TimeSpan.FromSeconds(2)).ConfigureAwait(false))
            {
                UnixProcesses.Signal(running, UnixProcesses.SigKill);
                await UnixProcesses.WaitForExitAsync(running, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }

        PrivateDirectory.TryDelete(directory);
        exitCleanup?.Dispose();
    }

    private static string? FindNewestBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root)
            .Select(path => (Path: Path.Combine(path, "bin"), Version: int.TryParse(Path.GetFileName(path), out var major) ? major : -1))
            .Where(candidate => File.Exists(Path.Combine(candidate.Path, "initdb")))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Path)
            .FirstOrDefault();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task InitializeAndStartAsync(TimeSpan timeout, Stopwatch timer, CancellationToken cancellationToken)
    {
        if (Environment.IsPrivilegedProcess)
        {
            // As root the server runs as postgres, which must own the folder it writes into.
            var chown = new ProcessCommand("chown", [$"{ServerUser}:{ServerUser}", directory!]);
            await RunStepAsync(chown, "could not hand its folder to the postgres user", timeout, timer, cancellationToken).ConfigureAwait(false);
        }

        // --no-sync: a throwaway cluster need not fsync its initial files.
        var initdb = ServerCommand("initdb", ["-D", DataDirectory, "-U", ServerUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await RunStepAsync(initdb, "initdb failed", timeout, timer, cancellationToken).ConfigureAwait(false);

        var seconds = Math.Max(1, (int)Math.Ceiling((timeout - timer.Elapsed).TotalSeconds));
        // Several engine processes (API, two workers) and the tests' own connections each keep a pool: more than the
        // default 100 connections may be open at once.
        var serverArguments = $"-p {Port} -k {directory} -c listen_addresses=127.0.0.1 -c max_connections=300";
        var start = PgCtl(["-D", DataDirectory, "-l", LogPath, "-w", "-t", seconds.ToString(CultureInfo.InvariantCulture), "-o", serverArguments, "start"]);
        await RunStepAsync(start, "pg_ctl start failed", timeout, timer, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunStepAsync(ProcessCommand command, string failure, TimeSpan timeout, Stopwatch timer, CancellationToken cancellationToken)
    {
        var result = await ProcessRunner.RunAsync(command, timeout - timer.Elapsed, cancellationToken).ConfigureAwait(false);
        if (result.TimedOut)
        {
            throw ServerStartException.Failed($"PostgreSQL did not start within {timeout.TotalSeconds:0.#} s (killed the step below).", command, result.Output, LogPath);
        }

        if (!result.Succeeded)
        {
            throw ServerStartException.Failed($"PostgreSQL did not start: {failure} (exit code {result.ExitCode}).", command, result.Output, LogPath);
        }
    }

    private ProcessCommand PgCtl(IReadOnlyList<string> arguments) => ServerCommand("pg_ctl", arguments);

    private ProcessCommand ServerCommand(string program, IReadOnlyList<string> arguments) =>
        ProcessCommand.AsUser(ServerUser, Path.Combine(binDirectory!, program), arguments, directory!);

    /// <summary>Process-exit path: no awaiting, no child processes; SIGQUIT is PostgreSQL's immediate shutdown.</summary>
    private void KillNow()
    {
        if (UnixProcesses.ReadPidFile(Path.Combine(DataDirectory, "postmaster.pid")) is int pid)
        {
            UnixProcesses.Signal(pid, UnixProcesses.SigQuit);
            if (!UnixProcesses.WaitForExit(pid, TimeSpan.FromSeconds(3)))
            {
                UnixProcesses.Signal(pid, UnixProcesses.SigKill);
            }
        }

        PrivateDirectory.TryDelete(directory!);
    }
}
