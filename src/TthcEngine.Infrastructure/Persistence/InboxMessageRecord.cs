namespace TthcEngine.Infrastructure.Persistence;

/// <summary>A message a consumer has processed: a repeat of the same MessageId to the same consumer is dropped.</summary>
public sealed class InboxMessageRecord
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
