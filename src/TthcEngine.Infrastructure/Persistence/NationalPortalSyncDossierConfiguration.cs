using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence;

public sealed class NationalPortalSyncDossierConfiguration : IEntityTypeConfiguration<NationalPortalSyncDossierRecord>
{
    public void Configure(EntityTypeBuilder<NationalPortalSyncDossierRecord> builder)
    {
        builder.ToTable("portal_sync_dossiers");
        builder.HasKey(d => d.DossierId);
        builder.Property(d => d.DossierCode).HasMaxLength(64);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.HasIndex(d => d.NextAttemptAt);
    }
}
