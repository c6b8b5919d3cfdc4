using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace TthcEngine.TestSupport;

/// <summary>
/// A private, throwaway RabbitMQ broker (own node name, AMQP, distribution and epmd ports, all on
/// free loopback ports; own folder under /tmp), or an existing broker named by TTHC_TEST_RABBITMQ.
/// <see cref="RestartAsync"/> stops it and starts it again in place, for fault tests.
/// Dispose stops the broker and its epmd and deletes the folder.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    // Every process the broker starts inherits this variable, epmd included; see KillLeftovers.
    private const string MarkerVariable = "TTHC_TEST_RABBITMQ_INSTANCE";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan GracefulStopLimit = TimeSpan.FromSeconds(20);

    private readonly string? directory;
    private readonly string? sbinDirectory;
    private readonly Dictionary<string, string> environment = [];
    private readonly OutputTail brokerOutput = new();
    private readonly IDisposable? exitCleanup;
    private readonly TimeSpan startupTimeout;
    private Process? broker;
    private int disposed;

    private RabbitMqServer(Uri external)
    {
        Host = external.Host;
        Port = external.IsDefaultPort || external.Port <= 0 ? 5672 : external.Port;
        var credentials = external.UserInfo.Split(':', 2);
        Username = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : "guest";
        Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "guest";
        AmqpUri = external;
    }

    private RabbitMqServer(string directory, string sbinDirectory, int[] ports, TimeSpan startupTimeout)
    {
        this.directory = directory;
        this.sbinDirectory = sbinDirectory;
        this.startupTimeout = startupTimeout;
        Host = "127.0.0.1";
        Port = ports[0];
        Username = "guest";
        Password = "guest";
        AmqpUri = new Uri($"amqp://guest:guest@127.0.0.1:{Port}/");
        Instance = Path.GetFileName(directory);
        DistributionPort = ports[1];
        EpmdPort = ports[2];
        exitCleanup = ProcessExitCleanup.Register(KillLeftovers);
    }

    public string Host { get; }

    public int Port { get; }

    /// <summary>guest for a private broker: guest may log in from loopback.</summary>
    public string Username { get; }

    public string Password { get; }

    public Uri AmqpUri { get; }

    /// <summary>True when TTHC_TEST_RABBITMQ named the broker and nothing was started.</summary>
    public bool IsExternal => directory is null;

    private string Instance { get; } = string.Empty;

    private int DistributionPort { get; }

    private int EpmdPort { get; }

    private string LogPath => Path.Combine(directory!, "log", "rabbit.log");

    private string PidFile => Path.Combine(directory!, "rabbit.pid");

    public static async Task<RabbitMqServer> StartAsync(RabbitMqServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new RabbitMqServerOptions();
        if (!string.IsNullOrWhiteSpace(options.ExternalAmqpUri))
        {
            return new RabbitMqServer(new Uri(options.ExternalAmqpUri));
        }

        var timer = Stopwatch.StartNew();
        var sbin = options.SbinDirectory ?? FindNewestSbinDirectory();
        if (sbin is null || !File.Exists(Path.Combine(sbin, "rabbitmq-server")) || !File.Exists(Path.Combine(sbin, "rabbitmq-diagnostics")))
        {
            throw ServerStartException.MissingBinaries(
                "RabbitMQ",
                $"looked for rabbitmq-server and rabbitmq-diagnostics in {sbin ?? "/usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin"}");
        }

        var server = new RabbitMqServer(PrivateDirectory.Create("tthc-rabbit-"), sbin, FreePorts.Take(3), options.StartupTimeout);
        try
        {
            server.WriteConfiguration();
            await server.StartBrokerAsync(timer, cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Stops the broker gracefully (SIGTERM, as an operator would), waits until its VM is gone, then starts it again
    /// with the same node name, ports, cookie and mnesia folder, and returns once it accepts AMQP connections again.
    /// Durable queues and their persistent messages survive; connected clients see the connection drop.
    /// </summary>
    /// <exception cref="InvalidOperationException">The broker is an external one (TTHC_TEST_RABBITMQ), or disposed.</exception>
    /// <exception cref="ServerStartException">The broker did not come back within the startup timeout.</exception>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (IsExternal)
        {
            throw new InvalidOperationException($"The broker at {AmqpUri} was not started by this test run, so it cannot be restarted.");
        }

        if (Volatile.Read(ref disposed) == 1)
        {
            throw new InvalidOperationException("The broker has been disposed.");
        }

        // The old VM must be gone before the new one starts, or its distribution port is still taken (epmd stays up:
        // it serves the same node name again).
        await StopBrokerAsync().ConfigureAwait(false);
        await StartBrokerAsync(Stopwatch.StartNew(), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (directory is null || Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await StopBrokerAsync().ConfigureAwait(false);
        await ProcessRunner.RunAsync(Command("epmd", ["-kill"]), TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        KillLeftovers();
        exitCleanup?.Dispose();
    }

    private static string? FindNewestSbinDirectory()
    {
        const string root = "/usr/lib/rabbitmq/lib";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root, "rabbitmq_server-*")
            .Select(path => (Path: Path.Combine(path, "sbin"), Version: ParseVersion(Path.GetFileName(path)["rabbitmq_server-".Length..])))
            .Where(candidate => File.Exists(Path.Combine(candidate.Path, "rabbitmq-server")))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Path)
            .FirstOrDefault();
    }

    private static Version ParseVersion(string text) => Version.TryParse(text, out var version) ? version : new Version(0, 0);

    private static string NewCookie() =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20);

    /// <summary>Stops the broker's VM (gracefully, else killed) and waits until it and the wrapper script are gone.</summary>
    private async Task StopBrokerAsync()
    {
        // Read first: the broker deletes its pid file early in shutdown.
        if (UnixProcesses.ReadPidFile(PidFile) is int pid && UnixProcesses.IsAlive(pid))
        {
            UnixProcesses.Signal(pid, UnixProcesses.SigTerm);
            if (!await UnixProcesses.WaitForExitAsync(pid, GracefulStopLimit).ConfigureAwait(false))
            {
                UnixProcesses.Signal(pid, UnixProcesses.SigKill);
                await UnixProcesses.WaitForExitAsync(pid, TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }

        if (broker is not null)
        {
            // The wrapper script exits once the VM has; if startup failed before the pid file
            // existed, the VM is still its child and goes with the tree.
            var wrapperExited = ProcessRunner.WhenExited(broker);
            if (await Task.WhenAny(wrapperExited, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false) != wrapperExited)
            {
                ProcessRunner.KillTree(broker);
            }

            broker.Dispose();
            broker = null;
        }
    }

    private async Task StartBrokerAsync(Stopwatch timer, CancellationToken cancellationToken)
    {
        var start = Command(Path.Combine(sbinDirectory!, "rabbitmq-server"), []);
        broker = ProcessRunner.Start(start, brokerOutput);
        var exited = ProcessRunner.WhenExited(broker);
        var lastCheck = new ProcessResult(null, "(not run yet)");
        while (timer.Elapsed < startupTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (exited.IsCompleted)
            {
                await ProcessRunner.DrainAsync(broker).ConfigureAwait(false);
                throw ServerStartException.Failed(
                    $"RabbitMQ did not start: rabbitmq-server exited with code {broker.ExitCode} during startup.", start, brokerOutput.ToString(), LogPath);
            }

            lastCheck = await ProcessRunner.RunAsync(ReadinessCheck(), startupTimeout - timer.Elapsed, cancellationToken).ConfigureAwait(false);
            if (lastCheck.Succeeded)
            {
                return;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }

        throw ServerStartException.Failed(
            $"RabbitMQ did not start within {startupTimeout.TotalSeconds:0.#} s. Last readiness check ({ReadinessCheck()}) said:\n{lastCheck.Output}",
            start,
            brokerOutput.ToString(),
            LogPath);
    }

    private void WriteConfiguration()
    {
        Directory.CreateDirectory(Path.Combine(directory!, "mnesia"));
        Directory.CreateDirectory(Path.Combine(directory!, "log"));
        var config = Path.Combine(directory!, "rabbitmq.conf");
        File.WriteAllText(config, $"listeners.tcp.default = 127.0.0.1:{Port}\n");
        var plugins = Path.Combine(directory!, "enabled_plugins");
        File.WriteAllText(plugins, "[].\n");
        var confEnv = Path.Combine(directory!, "rabbitmq-env.conf");
        File.WriteAllText(confEnv, string.Empty);

        // Written up front: the broker and the first readiness check would otherwise race to create it.
        var cookie = Path.Combine(directory!, ".erlang.cookie");
        File.WriteAllText(cookie, NewCookie());
        // Erlang refuses a cookie that others can read.
        if (OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }

        environment["RABBITMQ_NODENAME"] = $"{Instance}@localhost";
        environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        environment["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture);
        environment["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture);
        environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory!, "mnesia");
        environment["RABBITMQ_LOG_BASE"] = Path.Combine(directory!, "log");
        environment["RABBITMQ_LOGS"] = LogPath;
        environment["RABBITMQ_PID_FILE"] = PidFile;
        environment["RABBITMQ_CONFIG_FILE"] = config;
        environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = plugins;
        environment["RABBITMQ_CONF_ENV_FILE"] = confEnv;
        // Only the broker's processes see this HOME (it holds the cookie); the test process keeps its own.
        environment["HOME"] = directory!;
        environment["ERL_EPMD_PORT"] = EpmdPort.ToString(CultureInfo.InvariantCulture);
        environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
        environment[MarkerVariable] = Instance;
    }

    private ProcessCommand ReadinessCheck()
    {
        // The CLI's own distribution port: a fresh free one, not the shared default 35672-35682.
        var cliPort = FreePorts.Take(1)[0].ToString(CultureInfo.InvariantCulture);
        var check = Command(Path.Combine(sbinDirectory!, "rabbitmq-diagnostics"), ["-q", "check_port_connectivity"]);
        return new ProcessCommand(check.FileName, check.Arguments)
        {
            WorkingDirectory = check.WorkingDirectory,
            Environment = new Dictionary<string, string>(check.Environment)
            {
                ["RABBITMQ_CTL_DIST_PORT_MIN"] = cliPort,
                ["RABBITMQ_CTL_DIST_PORT_MAX"] = cliPort,
            },
        };
    }

    private ProcessCommand Command(string fileName, IReadOnlyList<string> arguments) =>
        new(fileName, arguments) { Environment = new Dictionary<string, string>(environment), WorkingDirectory = directory };

    /// <summary>
    /// Kills whatever still carries this broker's marker (VM, epmd, CLI nodes) and deletes the folder.
    /// Synchronous and child-free, so it also serves as the process-exit safety net.
    /// </summary>
    private void KillLeftovers()
    {
        var leftovers = UnixProcesses.FindByEnvironmentEntry($"{MarkerVariable}={Instance}");
        foreach (var pid in leftovers)
        {
            UnixProcesses.Signal(pid, UnixProcesses.SigKill);
        }

        foreach (var pid in leftovers)
        {
            UnixProcesses.WaitForExit(pid, TimeSpan.FromSeconds(2));
        }

        PrivateDirectory.TryDelete(directory!);
    }
}
