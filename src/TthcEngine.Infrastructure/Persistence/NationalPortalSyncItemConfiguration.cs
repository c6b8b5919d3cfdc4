using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence;

public sealed class NationalPortalSyncItemConfiguration : IEntityTypeConfiguration<NationalPortalSyncItemRecord>
{
    public void Configure(EntityTypeBuilder<NationalPortalSyncItemRecord> builder)
    {
        builder.ToTable("portal_sync_items");
        builder.HasKey(i => new { i.DossierId, i.Sequence });
        builder.Property(i => i.Message).HasMaxLength(32);
        builder.Property(i => i.StepId).HasMaxLength(128);
        builder.Property(i => i.Unit).HasMaxLength(64);
        builder.Property(i => i.Role).HasMaxLength(16);
        builder.Property(i => i.Officer).HasMaxLength(256);
        builder.Property(i => i.Outcome).HasMaxLength(16);
        builder.Property(i => i.Detail).HasMaxLength(2000);
        builder.HasIndex(i => new { i.AcknowledgedAt, i.DossierId });
    }
}
