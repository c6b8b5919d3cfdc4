using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TthcEngine.Infrastructure.Accounts;

namespace TthcEngine.Infrastructure.Persistence;

/// <summary>
/// The engine's database. One subclass per provider (SQLite, PostgreSQL, SQL Server), each with its own migrations
/// assembly; the model is the same on all three. Officers' accounts (ASP.NET Core Identity) and the data-protection
/// keys that sign cookies and bearer tokens live here too, so every instance of the API shares them.
/// </summary>
public abstract class TthcDbContext(DbContextOptions options) : IdentityDbContext<OfficerAccount>(options), IDataProtectionKeyContext
{
    public DbSet<DossierRecord> Dossiers => Set<DossierRecord>();

    public DbSet<DossierEventRecord> DossierEvents => Set<DossierEventRecord>();

    public DbSet<OpenStepRecord> OpenSteps => Set<OpenStepRecord>();

    public DbSet<OutboxMessageRecord> Outbox => Set<OutboxMessageRecord>();

    public DbSet<DailySerialRecord> DailySerials => Set<DailySerialRecord>();

    public DbSet<ProcedureVersionRecord> ProcedureVersions => Set<ProcedureVersionRecord>();

    public DbSet<AttachmentRecord> Attachments => Set<AttachmentRecord>();

    public DbSet<InboxMessageRecord> Inbox => Set<InboxMessageRecord>();

    public DbSet<OnTimeCountRecord> OnTimeCounts => Set<OnTimeCountRecord>();

    public DbSet<DossierNoteRecord> Notes => Set<DossierNoteRecord>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    public DbSet<PinGuessRecord> PinGuesses => Set<PinGuessRecord>();

    public DbSet<StoredFileRecord> StoredFiles => Set<StoredFileRecord>();

    public DbSet<PaymentRecord> Payments => Set<PaymentRecord>();

    public DbSet<PopulationLookupRecord> PopulationLookups => Set<PopulationLookupRecord>();

    public DbSet<OnlineApplicationRecord> OnlineApplications => Set<OnlineApplicationRecord>();

    public DbSet<ApplicantNoticeRecord> ApplicantNotices => Set<ApplicantNoticeRecord>();

    public DbSet<OfficerNoticeRecord> OfficerNotices => Set<OfficerNoticeRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Waits until this process may begin a write transaction, and holds that turn until the result is disposed. Only
    /// SQLite queues writers (<see cref="SqliteTthcDbContext"/>); a server takes concurrent writers at once (null).
    /// </summary>
    internal virtual ValueTask<IDisposable?> WriteTurnAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<OfficerAccount>(o =>
        {
            o.Property(a => a.FullName).HasMaxLength(256);
            o.Property(a => a.Agency).HasMaxLength(64);
            o.Property(a => a.Unit).HasMaxLength(64);
        });
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TthcDbContext).Assembly);
    }

    /// <summary>
    /// Instants are stored in UTC (convention 1): PostgreSQL's timestamptz refuses another offset, and one rule keeps
    /// the three providers alike.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
