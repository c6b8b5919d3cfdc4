namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// A request that carried an <c>Idempotency-Key</c>, stored in the same transaction as the change it made, so that a
/// retry returns the first answer instead of making a second dossier or completion.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary><c>{operation}:{user}:{key}</c>.</summary>
    public required string Key { get; set; }

    /// <summary>SHA-256 of the request (route and body): the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }

    /// <summary>The response body, protected (it may hold the lookup PIN, never stored in clear).</summary>
    public required string Response { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
