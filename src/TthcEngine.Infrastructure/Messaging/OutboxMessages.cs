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

    public static OutboxMessageRecord Create(object message, Guid dossierId, int sequence, DateTimeOffset createdAt) => new()
    {
        Id = Guid.CreateVersion7(createdAt),
        DossierId = dossierId,
        Sequence = sequence,
        Type = message.GetType().FullName!,
        Payload = JsonSerializer.Serialize(message, message.GetType()),
        CreatedAt = createdAt,
    };

    public static (object Message, Type Type) Read(OutboxMessageRecord record)
    {
        var type = Contracts.TryGetValue(record.Type, out var known)
            ? known
            : throw new InvalidOperationException($"Outbox message {record.Id} has the unknown contract '{record.Type}'.");
        return (JsonSerializer.Deserialize(record.Payload, type)!, type);
    }
}
