using TthcEngine.Infrastructure.Messaging;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Messaging;

/// <summary>The outbox over the private RabbitMQ broker.</summary>
[Collection(RabbitMqFixture.CollectionName)]
public sealed class RabbitMqOutboxDispatcherTests(RabbitMqFixture rabbit) : OutboxDispatcherTests
{
    protected override Task<BusOptions> BusAsync() => Task.FromResult(new BusOptions
    {
        Transport = BusTransport.RabbitMq,
        Host = rabbit.Host,
        Port = (ushort)rabbit.Port,
        Username = rabbit.Username,
        Password = rabbit.Password,
    });
}
