namespace TthcEngine.National.Resilience;

/// <summary>A partner's circuit went to <paramref name="State"/> at <paramref name="At"/>.</summary>
public sealed record CircuitTransition(string State, DateTimeOffset At);
