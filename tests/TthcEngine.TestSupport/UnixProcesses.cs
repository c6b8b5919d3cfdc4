using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TthcEngine.TestSupport;

/// <summary>
/// Signals and liveness for processes that are not our direct children (a broker's VM,
/// a postmaster, epmd), which System.Diagnostics.Process can only SIGKILL.
/// </summary>
internal static class UnixProcesses
{
    public const int SigQuit = 3;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static void Signal(int pid, int signal) => _ = NativeKill(pid, signal);

    /// <summary>
    /// True while the process runs. A zombie counts as gone: in a container nobody may
    /// ever reap it, and it holds no ports or files.
    /// </summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault();
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    public static async Task<bool> WaitForExitAsync(int pid, TimeSpan limit)
    {
        var timer = Stopwatch.StartNew();
        while (IsAlive(pid))
        {
            if (timer.Elapsed >= limit)
            {
                return false;
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        return true;
    }

    public static bool WaitForExit(int pid, TimeSpan limit)
    {
        var timer = Stopwatch.StartNew();
        while (IsAlive(pid))
        {
            if (timer.Elapsed >= limit)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }

    /// <summary>
    /// Processes whose environment holds <paramref name="entry"/> (NAME=value). Every child a
    /// server starts inherits its marker variable, daemons such as epmd included, so this
    /// finds them all even after the tree is broken up.
    /// </summary>
    public static IReadOnlyList<int> FindByEnvironmentEntry(string entry)
    {
        var found = new List<int>();
        var self = Environment.ProcessId;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == self)
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(directory, "environ"));
                if (environment.Split('\0').Contains(entry, StringComparer.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // Exited while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to see, so not ours to kill.
            }
        }

        return found;
    }

    /// <summary>Reads the first line of a pid file (PostgreSQL's and RabbitMQ's both start with the pid).</summary>
    public static int? ReadPidFile(string path)
    {
        try
        {
            var firstLine = File.ReadLines(path).FirstOrDefault();
            return int.TryParse(firstLine?.Trim(), out var pid) && pid > 0 ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // DllImport rather than LibraryImport: the latter would need unsafe code enabled for one call.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NativeKill(int pid, int signal);
}
