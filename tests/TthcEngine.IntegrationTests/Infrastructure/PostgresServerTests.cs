using Microsoft.EntityFrameworkCore;
using TthcEngine.TestSupport;

namespace TthcEngine.IntegrationTests.Infrastructure;

[Collection(PostgresFixture.CollectionName)]
public sealed class PostgresServerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task PrivateServer_EfCoreWriteThenReadInNewContext_PreservesDiacriticsAndUtcTime()
    {
        var connectionString = await postgres.CreateDatabaseAsync("smoke_roundtrip");
        var original = new SmokeRecord
        {
            Id = Guid.NewGuid(),
            Title = "Cấp giấy phép xây dựng nhà ở riêng lẻ — Ủy ban nhân dân phường Đống Đa",
            ReceivedAt = new DateTimeOffset(2025, 3, 14, 8, 30, 15, TimeSpan.Zero),
        };
        await using (var setup = new SmokeDbContext(connectionString))
        {
            await setup.Database.EnsureCreatedAsync();
        }

        await using (var writer = new SmokeDbContext(connectionString))
        {
            writer.Records.Add(original);
            await writer.SaveChangesAsync();
        }

        await using var reader = new SmokeDbContext(connectionString);
        var loaded = await reader.Records.SingleAsync(record => record.Id == original.Id);

        loaded.Should().BeEquivalentTo(original);
        loaded.Title.Should().Be("Cấp giấy phép xây dựng nhà ở riêng lẻ — Ủy ban nhân dân phường Đống Đa");
        loaded.ReceivedAt.Offset.Should().Be(TimeSpan.Zero);
    }

    private sealed class SmokeRecord
    {
        public Guid Id { get; init; }

        public required string Title { get; init; }

        public DateTimeOffset ReceivedAt { get; init; }
    }

    private sealed class SmokeDbContext(string connectionString) : DbContext
    {
        public DbSet<SmokeRecord> Records => Set<SmokeRecord>();

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseNpgsql(connectionString);

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<SmokeRecord>().ToTable("smoke_records");
    }
}
