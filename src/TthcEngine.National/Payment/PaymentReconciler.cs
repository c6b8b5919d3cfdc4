using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Infrastructure.Hosting;

namespace TthcEngine.National.Payment;

/// <summary>
/// Callbacks can be lost: every <see cref="PaymentOptions.ReconcileEvery"/> it asks the platform (QUERY) about the
/// payments still pending after <see cref="PaymentOptions.QueryAfter"/>, and applies a "paid" answer as a callback.
/// </summary>
public sealed class PaymentReconciler(IServiceScopeFactory scopes, PaymentOptions options, TimeProvider time, ILogger<PaymentReconciler> logger) : BackgroundService
{
    private const int Batch = 50;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunAsync(
            async token =>
            {
                await using var scope = scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<OnlinePayments>().ReconcileAsync(Batch, token) == Batch;
            },
            options.ReconcileEvery,
            time,
            e => logger.LogError(e, "A payment reconciliation round failed."),
            stoppingToken);
}
