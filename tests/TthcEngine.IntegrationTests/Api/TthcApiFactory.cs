using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>
/// The API host on its own SQLite file in a temporary folder, deleted on dispose: the embedded default would write
/// data/tthc.db into the Api project's folder.
/// </summary>
public class TthcApiFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("tthc-api-").FullName;

    /// <summary>The SQLite file the host uses, unless a test sets another database.</summary>
    public string DatabasePath => Path.Combine(folder, "tthc.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath}");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(folder))
        {
            // Pooled connections would keep the file open.
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
