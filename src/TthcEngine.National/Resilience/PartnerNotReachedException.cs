namespace TthcEngine.National.Resilience;

/// <summary>A request was never sent to the partner (e.g. its gateway gave no token): safe to send again.</summary>
public sealed class PartnerNotReachedException(string message) : HttpRequestException(message);
