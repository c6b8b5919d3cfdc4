using System.Text.Json;
using TthcEngine.Contracts;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Messaging;

/// <summary>How an integration message is written to the outbox and read back: its contract's full name and its JSON.</summary>
public static class OutboxMessages
{
    private static readonly Dictionary<string, Type> Contracts = typeof(DossierReceived).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(DossierReceived).Namespace && t.IsClass && !t.IsAbstract)
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    /// <summary>The contracts' own names and types; Vietnamese letters written as they are.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = WorkflowEventJson.StoredText };

    public static OutboxMessageRecord Create(object message, Guid dossierId, int sequence, DateTimeOffset createdAt) => new()
    {
        Id = Guid.CreateVersion7(createdAt),
        DossierId = dossierId,
        Sequence = sequence,
        Type = message.GetType().FullName!,
        Payload = JsonSerializer.Serialize(message, message.GetType(), Json),
        CreatedAt = createdAt,
    };

    public static (object Message, Type Type) Read(OutboxMessageRecord record)
    {
        var type = Contracts.TryGetValue(record.Type, out var known)
            ? known
            : throw new InvalidOperationException($"Outbox message {record.Id} has the unknown contract '{record.Type}'.");
        return (JsonSerializer.Deserialize(record.Payload, type, Json)!, type);
    }
}
