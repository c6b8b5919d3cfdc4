using System.Threading.Channels;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Infrastructure;

[Collection(RabbitMqFixture.CollectionName)]
public sealed class RabbitMqServerTests(RabbitMqFixture rabbitMq)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    // MassTransit reconnects a receive endpoint on an exponential policy (3 s up to 30 s between tries), so the consumer
    // may come back up to about half a minute after the broker does.
    private static readonly TimeSpan ReconnectBound = TimeSpan.FromSeconds(75);

    [Fact]
    public async Task PrivateBroker_MassTransitPublish_ConsumerReceivesMessage()
    {
        var received = new TaskCompletionSource<SmokePing>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var provider = BuildBus<SmokePingConsumer>(rabbitMq.Server, services => services.AddSingleton(received));
        var bus = provider.GetRequiredService<IBusControl>();
        using var startLimit = new CancellationTokenSource(Bound);
        await bus.StartAsync(startLimit.Token);
        var sent = new SmokePing(Guid.NewGuid(), "Xin chào từ RabbitMQ");

        try
        {
            await bus.Publish(sent);
            var consumed = await received.Task.WaitAsync(Bound);

            consumed.Should().Be(sent);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task RestartAsync_WithAConnectedBus_RoundTripWorksAgain()
    {
        // A broker of its own, so the collection's shared broker is never restarted under other tests.
        await using var server = await RabbitMqServer.StartAsync(new RabbitMqServerOptions { ExternalAmqpUri = null });
        var received = Channel.CreateUnbounded<DurablePing>();
        await using var provider = BuildBus<PingRecorderConsumer>(server, services => services.AddSingleton(received.Writer));
        var bus = provider.GetRequiredService<IBusControl>();
        using var startLimit = new CancellationTokenSource(Bound);
        await bus.StartAsync(startLimit.Token);
        var before = new DurablePing(Guid.NewGuid(), "trước khi khởi động lại");
        var after = new DurablePing(Guid.NewGuid(), "sau khi khởi động lại");

        try
        {
            await bus.Publish(before);
            (await NextAsync(received.Reader, Bound)).Should().Be(before);
            await server.RestartAsync();
            using var publishLimit = new CancellationTokenSource(Bound);
            await bus.Publish(after, publishLimit.Token);
            var consumed = await NextAsync(received.Reader, ReconnectBound);
            // The first ping may come again: its ack can be lost in the shutdown (delivery is at least once).
            while (consumed == before)
            {
                consumed = await NextAsync(received.Reader, ReconnectBound);
            }

            consumed.Should().Be(after);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<DurablePing> NextAsync(ChannelReader<DurablePing> reader, TimeSpan bound)
    {
        using var limit = new CancellationTokenSource(bound);
        return await reader.ReadAsync(limit.Token);
    }

    private static ServiceProvider BuildBus<TConsumer>(RabbitMqServer server, Action<IServiceCollection> dependencies)
        where TConsumer : class, IConsumer
    {
        var services = new ServiceCollection();
        dependencies(services);
        return services
            .AddMassTransit(bus =>
            {
                bus.AddConsumer<TConsumer>();
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(server.Host, (ushort)server.Port, "/", host =>
                    {
                        host.Username(server.Username);
                        host.Password(server.Password);
                    });
                    rabbit.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider();
    }

    internal sealed record SmokePing(Guid Id, string Text);

    internal sealed class SmokePingConsumer(TaskCompletionSource<SmokePing> received) : IConsumer<SmokePing>
    {
        public Task Consume(ConsumeContext<SmokePing> context)
        {
            received.TrySetResult(context.Message);
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Public on purpose: MassTransit gives a message type that is not public an auto-delete exchange, which a restart
    /// drops, so a publish before the consumer has bound again would be lost. Public types get a durable one.
    /// </summary>
    public sealed record DurablePing(Guid Id, string Text);

    internal sealed class PingRecorderConsumer(ChannelWriter<DurablePing> received) : IConsumer<DurablePing>
    {
        public async Task Consume(ConsumeContext<DurablePing> context) => await received.WriteAsync(context.Message);
    }
}
