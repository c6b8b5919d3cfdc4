using System.Collections.Concurrent;

namespace TthcEngine.TestSupport;

/// <summary>
/// Safety net: a server whose fixture never got disposed (runner aborted, debugger stopped)
/// is still killed when the test process exits, so no postgres or beam outlives the run.
/// </summary>
internal static class ProcessExitCleanup
{
    private static readonly ConcurrentDictionary<long, Action> Pending = new();
    private static long lastId;

    static ProcessExitCleanup() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RunAll();

    /// <summary>Registers a synchronous, quick cleanup; dispose the result once the server stopped normally.</summary>
    public static IDisposable Register(Action cleanup)
    {
        var id = Interlocked.Increment(ref lastId);
        Pending[id] = cleanup;
        return new Registration(id);
    }

    private static void RunAll()
    {
        foreach (var id in Pending.Keys)
        {
            if (Pending.TryRemove(id, out var cleanup))
            {
                try
                {
                    cleanup();
                }
                catch (Exception)
                {
                    // The process is exiting: one failed cleanup must not stop the others.
                }
            }
        }
    }

    private sealed class Registration(long id) : IDisposable
    {
        public void Dispose() => Pending.TryRemove(id, out _);
    }
}
