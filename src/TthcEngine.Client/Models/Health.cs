namespace TthcEngine.Client.Models;

/// <summary>The liveness answer of <c>GET /health</c>: <c>ok</c> while the process answers.</summary>
public sealed record HealthStatus(string Status);
