namespace TthcEngine.FakeNational;

/// <summary>Decides, call by call, what goes wrong; counts what it did.</summary>
public sealed class FaultInjector(TimeProvider time)
{
    private readonly Lock gate = new();
    private FaultSettings settings = new();
    private Random random = new();
    private DateTimeOffset? outageUntil;
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);
    private readonly Queue<Fault> script = new();

    public FaultSettings Settings
    {
        get
        {
            lock (gate)
            {
                return settings;
            }
        }
    }

    /// <exception cref="ArgumentException">An unknown failure, or a rate outside 0 to 1.</exception>
    public void Configure(FaultSettings next)
    {
        if (next.Failures.FirstOrDefault(f => f is not ("500" or "503" or "timeout" or "drop")) is { } unknown)
        {
            throw new ArgumentException($"Unknown failure '{unknown}': use 500, 503, timeout or drop.");
        }

        if (new[] { next.FailureRate, next.SlowRate, next.AlreadyExistsRate }.Any(r => r is < 0 or > 1))
        {
            throw new ArgumentException("Rates go from 0 to 1.");
        }

        lock (gate)
        {
            settings = next;
            random = next.Seed is { } seed ? new Random(seed) : new Random();
        }
    }

    /// <summary>The next calls get these faults, in order, before the random ones resume.</summary>
    public void Script(IEnumerable<Fault> faults)
    {
        lock (gate)
        {
            foreach (var fault in faults)
            {
                script.Enqueue(fault);
            }
        }
    }

    /// <summary>Every call gets 503 until then; null ends the outage.</summary>
    public void OutageUntil(DateTimeOffset? until)
    {
        lock (gate)
        {
            outageUntil = until;
        }
    }

    public DateTimeOffset? Outage
    {
        get
        {
            lock (gate)
            {
                return outageUntil > time.GetUtcNow() ? outageUntil : null;
            }
        }
    }

    public IReadOnlyDictionary<string, int> Counts
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, int>(counts, StringComparer.Ordinal);
            }
        }
    }

    public Fault Next()
    {
        lock (gate)
        {
            var fault = Pick();
            counts[fault.ToString()] = counts.GetValueOrDefault(fault.ToString()) + 1;
            return fault;
        }
    }

    /// <summary>Whether this first insert is answered "already exists".</summary>
    public bool AlreadyExists()
    {
        lock (gate)
        {
            var yes = random.NextDouble() < settings.AlreadyExistsRate;
            if (yes)
            {
                counts["AlreadyExists"] = counts.GetValueOrDefault("AlreadyExists") + 1;
            }

            return yes;
        }
    }

    private Fault Pick()
    {
        if (outageUntil > time.GetUtcNow())
        {
            return Fault.Outage;
        }

        if (script.TryDequeue(out var scripted))
        {
            return scripted;
        }

        if (settings.Failures.Count > 0 && random.NextDouble() < settings.FailureRate)
        {
            return settings.Failures[random.Next(settings.Failures.Count)] switch
            {
                "500" => Fault.ErrorAfterWork,
                "503" => Fault.Unavailable,
                "timeout" => Fault.TimeoutAfterWork,
                _ => Fault.Drop,
            };
        }

        return random.NextDouble() < settings.SlowRate ? Fault.Slow : Fault.None;
    }
}
