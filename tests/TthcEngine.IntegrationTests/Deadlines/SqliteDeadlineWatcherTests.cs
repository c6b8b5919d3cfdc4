using TthcEngine.Infrastructure.Persistence;

namespace TthcEngine.IntegrationTests.Deadlines;

public sealed class SqliteDeadlineWatcherTests : DeadlineWatcherTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-watcher-").FullName;

    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    protected override Task<string> ConnectionStringAsync() =>
        Task.FromResult($"Data Source={Path.Combine(folder, "tthc.db")};Default Timeout=30");
}
