using System.Collections.Concurrent;
using MassTransit;

namespace TthcEngine.IntegrationTests.Messaging;

/// <summary>The order in which the bus was asked to publish, as the dispatcher sent it.</summary>
public sealed class PublishOrder : IPublishObserver
{
    public ConcurrentQueue<Guid> MessageIds { get; } = new();

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        MessageIds.Enqueue(context.MessageId!.Value);
        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
