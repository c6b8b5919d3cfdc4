using Polly.CircuitBreaker;

namespace TthcEngine.National.Resilience;

/// <summary>
/// The circuit breaker of one partner as the health endpoint and the supervisor dashboard show it: its state (read
/// from Polly's breaker itself) and its transitions.
/// </summary>
public sealed class PartnerCircuit(string partner, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly List<CircuitTransition> transitions = [];

    public string Partner { get; } = partner;

    /// <summary>Attached to the partner's breaker when its pipeline is built.</summary>
    public CircuitBreakerStateProvider StateProvider { get; } = new();

    /// <summary><c>Closed</c>, <c>Open</c>, <c>HalfOpen</c> or <c>Isolated</c>; <c>Closed</c> before the first call.</summary>
    public string State => StateProvider.CircuitState.ToString();

    /// <summary>The circuit's changes since the process started, oldest first (the last 100).</summary>
    public IReadOnlyList<CircuitTransition> Transitions
    {
        get
        {
            lock (gate)
            {
                return [.. transitions];
            }
        }
    }

    internal void Record(CircuitState state)
    {
        lock (gate)
        {
            transitions.Add(new CircuitTransition(state.ToString(), time.GetUtcNow()));
            if (transitions.Count > 100)
            {
                transitions.RemoveAt(0);
            }
        }
    }
}
