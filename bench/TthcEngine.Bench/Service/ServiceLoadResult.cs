namespace TthcEngine.Bench.Service;

/// <summary>What the workers did inside the measured window.</summary>
internal sealed record ServiceLoadResult(long Transitions, long Receives, long Finished, long Errors, string? FirstError, TimeSpan Window, IReadOnlyList<double> LatenciesMs, TimeSpan ProcessorTime, double MachineBusyCores)
{
    public double TransitionsPerSecond => Transitions / Window.TotalSeconds;

    public double ReceivesPerSecond => Receives / Window.TotalSeconds;

    public static ServiceLoadResult Combine(IReadOnlyList<Worker> workers, TimeSpan window, TimeSpan processorTime, double machineBusyCores) => new(
        workers.Sum(w => w.Transitions),
        workers.Sum(w => w.Receives),
        workers.Sum(w => w.Finished),
        workers.Sum(w => w.Errors),
        workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
        window,
        [.. workers.SelectMany(w => w.LatenciesMs).Order()],
        processorTime,
        machineBusyCores);

    /// <summary>One worker's counts; only that worker touches them.</summary>
    public sealed class Worker
    {
        public long Transitions { get; set; }

        public long Receives { get; set; }

        public long Finished { get; set; }

        public long Errors { get; set; }

        public string? FirstError { get; set; }

        public List<double> LatenciesMs { get; } = [];
    }
}
