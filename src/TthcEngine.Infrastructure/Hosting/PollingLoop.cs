namespace TthcEngine.Infrastructure.Hosting;

/// <summary>
/// The loop of the engine's background work (outbox dispatcher, deadline watcher, apology preparer, portal sender):
/// one round after another until the host stops; a round that fails is logged and the loop goes on; after a round
/// that left no more work waiting, it rests for <c>idle</c> on the engine's clock.
/// </summary>
public static class PollingLoop
{
    /// <param name="round">One round; true when it left work waiting (a full batch), so the next round starts at once.</param>
    /// <param name="failed">Logs a round that threw; the next round still comes.</param>
    public static async Task RunAsync(
        Func<CancellationToken, Task<bool>> round, TimeSpan idle, TimeProvider time, Action<Exception> failed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await round(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed(e);
            }

            if (!more)
            {
                await Task.Delay(idle, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>A sweep that rests <paramref name="idle"/> after every run, whatever it found (a cleaner, a preparer).</summary>
    public static Task RunSweepsAsync<T>(
        Func<CancellationToken, Task<T>> sweep, TimeSpan idle, TimeProvider time, Action<Exception> failed, CancellationToken stoppingToken) =>
        RunAsync(
            async ct =>
            {
                await sweep(ct);
                return false;
            },
            idle,
            time,
            failed,
            stoppingToken);
}
