using System.Diagnostics;

namespace TthcEngine.TestSupport;

/// <summary>Runs child processes with a hard time limit, so no server tool can hang a test run.</summary>
internal static class ProcessRunner
{
    // After exit, output is drained for at most this long: a daemon that inherited
    // the pipes (epmd, a postmaster) would otherwise keep them open forever.
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(2);

    public static async Task<ProcessResult> RunAsync(ProcessCommand command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var output = new OutputTail(200);
        using var process = Start(command, output);
        var exited = WhenExited(process);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout > TimeSpan.Zero ? timeout : TimeSpan.FromMilliseconds(1));
        try
        {
            await exited.WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            cancellationToken.ThrowIfCancellationRequested();
            return new ProcessResult(null, output.ToString());
        }

        await DrainAsync(process).ConfigureAwait(false);
        return new ProcessResult(process.ExitCode, output.ToString());
    }

    /// <summary>Starts a long-running child whose output lines go to <paramref name="output"/>.</summary>
    public static Process Start(ProcessCommand command, OutputTail output)
    {
        var process = new Process { StartInfo = command.ToStartInfo(), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.Start();
        // Servers must never read the test runner's stdin.
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Completes when the process exits, without waiting for its pipes to close.</summary>
    public static Task WhenExited(Process process)
    {
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.Exited += (_, _) => exited.TrySetResult();
        if (process.HasExited)
        {
            exited.TrySetResult();
        }

        return exited.Task;
    }

    public static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits briefly for the last output lines of an exited process.</summary>
    public static async Task DrainAsync(Process process)
    {
        using var drain = new CancellationTokenSource(DrainLimit);
        try
        {
            await process.WaitForExitAsync(drain.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Output left unread belongs to a daemon; the exit code is already known.
        }
    }
}
