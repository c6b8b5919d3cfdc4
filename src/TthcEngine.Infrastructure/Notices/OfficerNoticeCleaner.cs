using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Infrastructure.Notices;

/// <summary>How long officers' notices are kept, configuration section <c>OfficerNotices</c>.</summary>
public sealed class OfficerNoticeOptions
{
    public const string Section = "OfficerNotices";

    /// <summary>A notice read longer ago than this is deleted (90 days by default).</summary>
    public TimeSpan ReadRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Any notice, read or not, stored longer ago than this is deleted (366 days by default).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(366);

    /// <summary>How often the cleaner sweeps (6 hours by default).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(6);
}

/// <summary>
/// Deletes the officers' notices past their keeping (<see cref="OfficerNoticeOptions"/>), so that the table holds what
/// officers still read: what happened stays in each dossier's history and notes. Runs with the engine's work; several
/// instances may sweep at once, each deleting what is still there.
/// </summary>
public sealed partial class OfficerNoticeCleaner(IServiceScopeFactory scopes, TimeProvider time, OfficerNoticeOptions options, ILogger<OfficerNoticeCleaner> logger)
    : BackgroundService
{
    /// <summary>One sweep; the number of notices deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var now = time.GetUtcNow();
        var readBefore = now - options.ReadRetention;
        var storedBefore = now - options.Retention;
        using var turn = await db.WriteTurnAsync(cancellationToken);
        return await db.OfficerNotices
            .Where(n => (n.ReadAt != null && n.ReadAt < readBefore) || n.CreatedAt < storedBefore)
            .ExecuteDeleteAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunSweepsAsync(SweepAsync, options.SweepInterval, time, LogSweepFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sweep of old officers' notices failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
