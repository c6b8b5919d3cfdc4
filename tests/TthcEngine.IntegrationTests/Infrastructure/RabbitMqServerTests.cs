using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Infrastructure;

[Collection(RabbitMqFixture.CollectionName)]
public sealed class RabbitMqServerTests(RabbitMqFixture rabbitMq)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task PrivateBroker_MassTransitPublish_ConsumerReceivesMessage()
    {
        var received = new TaskCompletionSource<SmokePing>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var provider = BuildBus(received);
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

    private ServiceProvider BuildBus(TaskCompletionSource<SmokePing> received) =>
        new ServiceCollection()
            .AddSingleton(received)
            .AddMassTransit(bus =>
            {
                bus.AddConsumer<SmokePingConsumer>();
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(rabbitMq.Host, (ushort)rabbitMq.Port, "/", host =>
                    {
                        host.Username(rabbitMq.Username);
                        host.Password(rabbitMq.Password);
                    });
                    rabbit.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider();

    internal sealed record SmokePing(Guid Id, string Text);

    internal sealed class SmokePingConsumer(TaskCompletionSource<SmokePing> received) : IConsumer<SmokePing>
    {
        public Task Consume(ConsumeContext<SmokePing> context)
        {
            received.TrySetResult(context.Message);
            return Task.CompletedTask;
        }
    }
}
