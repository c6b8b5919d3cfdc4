using System.Collections.Concurrent;
using MassTransit;
using TthcEngine.Contracts;

namespace TthcEngine.IntegrationTests.Messaging;

/// <summary>Records every integration message it receives, with its MessageId.</summary>
public sealed class RecordingConsumer(RecordingConsumer.Log log) :
    IConsumer<DossierReceived>, IConsumer<StepActivated>, IConsumer<StepCompleted>
{
    public Task Consume(ConsumeContext<DossierReceived> context) => log.Add(context.MessageId, context.Message.DossierId, nameof(DossierReceived));

    public Task Consume(ConsumeContext<StepActivated> context) => log.Add(context.MessageId, context.Message.DossierId, $"{nameof(StepActivated)} {context.Message.StepId}");

    public Task Consume(ConsumeContext<StepCompleted> context) => log.Add(context.MessageId, context.Message.DossierId, $"{nameof(StepCompleted)} {context.Message.StepId}");

    /// <summary>What arrived, shared by every consumer instance.</summary>
    public sealed class Log
    {
        public ConcurrentQueue<(Guid? MessageId, Guid DossierId, string What)> Received { get; } = new();

        public Task Add(Guid? messageId, Guid dossierId, string what)
        {
            Received.Enqueue((messageId, dossierId, what));
            return Task.CompletedTask;
        }

        public async Task WaitForAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (Received.Count < count)
            {
                await Task.Delay(20, timeout.Token);
            }
        }
    }
}
