using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TthcEngine.Infrastructure.Dossiers;
using TthcEngine.Infrastructure.Persistence;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Api;

/// <summary>The host's database: chosen by configuration, migrated at start, and serving the dossier service.</summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class PersistenceHostingTests(PostgresFixture postgres) : IDisposable
{
    private readonly TthcApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Start_EmbeddedDefault_MigratesTheSqliteFileAndReceives()
    {
        using var host = factory.WithWebHostBuilder(FixedClock);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();

        var dossiers = await db.Dossiers.CountAsync();
        var received = await scope.ServiceProvider.GetRequiredService<DossierService>().ReceiveAsync(BirthRegistration());

        File.Exists(factory.DatabasePath).Should().BeTrue();
        db.Database.ProviderName.Should().Be("Microsoft.EntityFrameworkCore.Sqlite");
        (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Should().Equal("wal");
        dossiers.Should().Be(0);
        received.Code.Should().Be("000.00.12.H56-260310-0001");
    }

    [Fact]
    public async Task Start_OnPostgresWithMigrateOnStart_MigratesAndReceives()
    {
        var connectionString = await postgres.CreateDatabaseAsync($"hosting_{Guid.NewGuid():N}");
        using var host = factory.WithWebHostBuilder(b =>
        {
            FixedClock(b);
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("Database:ConnectionString", connectionString);
            b.UseSetting("Database:MigrateOnStart", "true");
        });
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TthcDbContext>();

        var dossiers = await db.Dossiers.CountAsync();
        var received = await scope.ServiceProvider.GetRequiredService<DossierService>().ReceiveAsync(BirthRegistration());

        db.Database.ProviderName.Should().Be("Npgsql.EntityFrameworkCore.PostgreSQL");
        dossiers.Should().Be(0);
        received.Code.Should().EndWith("-0001");
        File.Exists(factory.DatabasePath).Should().BeFalse();
    }

    [Fact]
    public void Start_UnknownProvider_FailsNamingTheSetting()
    {
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("Database:Provider", "Oracle"));

        var act = () => host.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*Database:Provider 'Oracle'*");
    }

    [Fact]
    public void Start_PostgresWithoutConnectionString_FailsNamingTheSettings()
    {
        using var host = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", "Postgres");
            b.UseSetting("Database:ConnectionString", "");
        });

        var act = () => host.CreateClient();

        act.Should().Throw<InvalidOperationException>().WithMessage("*Database:Provider*Database:ConnectionString*");
    }

    /// <summary>Tue 10/3/2026 09:00 in Vietnam.</summary>
    private static void FixedClock(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero))));

    private static ReceiveDossier BirthRegistration() =>
        new("1.001193", "000.00.12.H56", new ApplicantData("Nguyễn Văn A"), "inPerson");
}
