using TthcEngine.Infrastructure.Messaging;

namespace TthcEngine.IntegrationTests.Messaging;

/// <summary>The outbox over MassTransit's in-memory bus, the embedded default.</summary>
public sealed class InMemoryOutboxDispatcherTests : OutboxDispatcherTests
{
    protected override Task<BusOptions> BusAsync() => Task.FromResult(new BusOptions { Transport = BusTransport.InMemory });
}
