namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// A message written in the same transaction as the state change it announces (transactional outbox); a dispatcher
/// publishes it afterwards, in order per dossier, and marks it dispatched.
/// </summary>
public sealed class OutboxMessageRecord
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The dossier event it comes from: the order of one dossier's messages.</summary>
    public int Sequence { get; set; }

    public required string Type { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>The dispatcher instance holding the message, so two instances never send one dossier's messages at once.</summary>
    public Guid? LeaseId { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}
