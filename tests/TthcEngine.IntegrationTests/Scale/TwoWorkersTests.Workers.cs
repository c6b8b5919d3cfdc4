using System.Diagnostics;
using System.Globalization;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Scale;

public sealed partial class TwoWorkersTests
{
    /// <summary>
    /// One <c>dotnet TthcEngine.Worker.dll</c> process on the test's database and broker, its output kept (the last
    /// lines) for the failure message. Disposing kills it, and so does the test process's exit.
    /// </summary>
    private sealed class WorkerProcess : IDisposable
    {
        private const int TailLines = 400;

        private readonly Process process;
        private readonly Queue<string> tail = new();
        private readonly Lock gate = new();
        private readonly TaskCompletionSource busStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly EventHandler killOnExit;

        private WorkerProcess(string name, ProcessStartInfo start)
        {
            Name = name;
            process = new Process { StartInfo = start, EnableRaisingEvents = true };
            process.OutputDataReceived += (_, e) => Add(e.Data);
            process.ErrorDataReceived += (_, e) => Add(e.Data);
            process.Exited += (_, _) => busStarted.TrySetException(new InvalidOperationException($"Worker {Name} exited with code {process.ExitCode}."));
            killOnExit = (_, _) => Kill();
            AppDomain.CurrentDomain.ProcessExit += killOnExit;
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string Name { get; }

        public bool HasExited => process.HasExited;

        public static WorkerProcess Start(string name, string connectionString, RabbitMqServer broker)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(WorkerAssembly.Value)!,
            };
            start.ArgumentList.Add(WorkerAssembly.Value);
            var settings = new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["Database__ConnectionString"] = connectionString,
                ["Bus__Transport"] = "RabbitMq",
                ["Bus__Host"] = broker.Host,
                ["Bus__Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
                ["Bus__Username"] = broker.Username,
                ["Bus__Password"] = broker.Password,
                // Short, so the surviving worker takes over the killed one's dossiers within seconds.
                ["Bus__OutboxLease"] = "00:00:03",
                ["Deadlines__SweepInterval"] = "00:00:01",
                // Every SQL command at Information would flood the pipe and slow the worker down.
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__MassTransit"] = "Information",
                ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
                // The inbox drops a repeated message by catching its duplicate key; EF Core would log each as an error.
                ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "None",
                ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Update"] = "None",
                ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
            };
            foreach (var (key, value) in settings)
            {
                start.Environment[key] = value;
            }

            return new WorkerProcess(name, start);
        }

        /// <summary>Waits until the worker's bus has started, its receive endpoint bound to its queue.</summary>
        public async Task WaitUntilBusStartedAsync(TimeSpan bound)
        {
            // MassTransit logs "Bus started" once every receive endpoint is ready: from then on no published message
            // can miss the projection's queue, which is durable and outlives a broker restart.
            if (await Task.WhenAny(busStarted.Task, Task.Delay(bound)) != busStarted.Task)
            {
                throw new TimeoutException($"Worker {Name} did not start its bus within {bound.TotalSeconds:0} s.");
            }

            await busStarted.Task;
        }

        /// <summary>Kills the worker at once (its whole process tree), as a crash or an OOM kill would.</summary>
        public void Kill()
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }

        public string Output()
        {
            lock (gate)
            {
                return string.Join('\n', tail);
            }
        }

        public void Dispose()
        {
            Kill();
            AppDomain.CurrentDomain.ProcessExit -= killOnExit;
            process.Dispose();
        }

        private void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            if (line.Contains("Bus started", StringComparison.Ordinal))
            {
                busStarted.TrySetResult();
            }

            lock (gate)
            {
                tail.Enqueue(line);
                while (tail.Count > TailLines)
                {
                    tail.Dequeue();
                }
            }
        }
    }

    /// <summary>
    /// The worker's build output: the test project references the worker project (without its assembly), so building
    /// the tests builds it, in the same configuration, under src/TthcEngine.Worker/bin.
    /// </summary>
    private static readonly Lazy<string> WorkerAssembly = new(() =>
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var root = framework;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "TthcEngine.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException($"No TthcEngine.sln above {AppContext.BaseDirectory}.");
        }

        var path = Path.Combine(root.FullName, "src", "TthcEngine.Worker", "bin", configuration, framework.Name, "TthcEngine.Worker.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The worker is not built at {path}; build tests/TthcEngine.IntegrationTests ({configuration}), which builds it.", path);
    });
}
