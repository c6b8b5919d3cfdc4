using Microsoft.EntityFrameworkCore;
using TthcEngine.Infrastructure.Hosting;
using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.Api.Dossiers;

/// <summary>
/// Deletes the public uploads (<c>POST /api/public/uploads</c>) that no online application claimed within
/// <c>Uploads:PublicRetention</c> (default 24 hours), every <c>Uploads:PublicSweepInterval</c> (default 1 hour): anyone
/// may upload, so a file nobody submitted must not stay in the database for ever. A file claimed by an application, an
/// officer's upload, and any file whose content a dossier's paper names are never touched. Several instances may sweep
/// at once: each deletes what is still there.
/// </summary>
internal sealed partial class PublicUploadCleaner(
    IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<PublicUploadCleaner> logger) : BackgroundService
{
    private TimeSpan Retention => configuration.GetValue("Uploads:PublicRetention", TimeSpan.FromHours(24));

    /// <summary>One sweep; the number of uploads deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();
        var before = time.GetUtcNow() - Retention;
        return await db.StoredFiles
            .Where(f => f.UploadedBy == OnlineUploads.Unclaimed && f.UploadedAt < before && !db.Attachments.Any(a => a.Sha256 == f.Sha256))
            .ExecuteDeleteAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        PollingLoop.RunSweepsAsync(SweepAsync, configuration.GetValue("Uploads:PublicSweepInterval", TimeSpan.FromHours(1)), time, LogSweepFailed, stoppingToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sweep of unclaimed public uploads failed; it runs again at the next interval.")]
    private partial void LogSweepFailed(Exception exception);
}
