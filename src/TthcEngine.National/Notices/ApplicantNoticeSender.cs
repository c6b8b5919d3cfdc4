using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.Infrastructure.Notices;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.Infrastructure.Resilience;

namespace TthcEngine.National.Notices;

/// <summary>
/// Sends the queued notices to applicants in the background: each round leases the notices whose attempt is due and
/// hands several to the gateway at once. A failed attempt waits, doubling with jitter, and the notice is given up after
/// <see cref="NoticeSendOptions.MaxAttempts"/>, or at once when the gateway refuses it (the desk sees both on the
/// dossier's page). Several senders may run against one database: a leased notice is skipped by the others.
/// </summary>
/// <remarks>
/// At least once: an attempt whose answer was lost is sent again later with the same <c>reference</c>, by which the
/// gateway can drop the copy.
/// </remarks>
public sealed partial class ApplicantNoticeSender(
    IServiceScopeFactory scopes, NoticeOptions options, TimeProvider time, ILogger<ApplicantNoticeSender> logger) : BackgroundService
{
    private readonly Guid instance = Guid.NewGuid();

    /// <summary>One round; the number of notices attempted.</summary>
    public async Task<int> SendRoundAsync(CancellationToken cancellationToken)
    {
        var leased = await TransientFaults.Database.ExecuteAsync(async token => await LeaseAsync(token), cancellationToken);
        await Parallel.ForEachAsync(
            leased,
            new ParallelOptions { MaxDegreeOfParallelism = options.Send.Parallelism, CancellationToken = cancellationToken },
            async (notice, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var attempt = await scope.ServiceProvider.GetRequiredService<NoticeGatewayClient>().SendAsync(notice, token);
                if (!attempt.Sent)
                {
                    LogNotSent(notice.Id, notice.Kind, notice.Channel, attempt.Error);
                }

                await TransientFaults.Database.ExecuteAsync(async t => await StoreAsync(notice, attempt, t), CancellationToken.None);
            });
        return leased.Count;
    }

    private async Task<List<ApplicantNoticeRecord>> LeaseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var now = time.GetUtcNow();
        var notices = db.ApplicantNotices;
        var due = await notices
            .Where(n => n.SentAt == null && n.FailedAt == null && n.NextAttemptAt <= now && (n.LeaseId == null || n.LeaseUntil <= now))
            .OrderBy(n => n.NextAttemptAt)
            .Take(options.Send.PerRound)
            .Select(n => n.Id)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }

        var until = now + options.Send.Lease;
        await notices
            .Where(n => due.Contains(n.Id) && n.SentAt == null && n.FailedAt == null && (n.LeaseId == null || n.LeaseUntil <= now))
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.LeaseId, instance).SetProperty(n => n.LeaseUntil, until), cancellationToken);
        return await notices.AsNoTracking().Where(n => due.Contains(n.Id) && n.LeaseId == instance).ToListAsync(cancellationToken);
    }

    private async Task StoreAsync(ApplicantNoticeRecord notice, NoticeAttempt attempt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var held = scope.ServiceProvider.GetRequiredService<TthcDbContext>().ApplicantNotices.Where(n => n.Id == notice.Id && n.LeaseId == instance);
        var now = time.GetUtcNow();
        if (attempt.Sent)
        {
            await held.ExecuteUpdateAsync(
                u => u.SetProperty(n => n.SentAt, now).SetProperty(n => n.GatewayId, attempt.GatewayId).SetProperty(n => n.LeaseId, (Guid?)null),
                cancellationToken);
            return;
        }

        var attempts = notice.Attempts + 1;
        DateTimeOffset? givenUp = attempt.Final || attempts >= options.Send.MaxAttempts ? now : null;
        var next = now + Backoff(attempts);
        await held.ExecuteUpdateAsync(
            u => u.SetProperty(n => n.Attempts, attempts).SetProperty(n => n.NextAttemptAt, next).SetProperty(n => n.FailedAt, givenUp)
                .SetProperty(n => n.LastError, attempt.Error).SetProperty(n => n.LeaseId, (Guid?)null),
            cancellationToken);
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failure: the first delay, doubling, at most the longest, with up to a fifth more at random.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var doubled = options.Send.RetryFirstDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        var wait = doubled < options.Send.RetryMaxDelay ? doubled : options.Send.RetryMaxDelay;
        return wait + wait * (Random.Shared.NextDouble() / 5);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunAsync(async ct => await SendRoundAsync(ct) >= options.Send.PerRound, options.Send.Idle, time, LogRoundFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice {NoticeId} ({Kind}, {Channel}) was not sent: {Error}")]
    private partial void LogNotSent(Guid noticeId, string kind, string channel, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of notices failed; the queue is kept and tried again.")]
    private partial void LogRoundFailed(Exception exception);
}
