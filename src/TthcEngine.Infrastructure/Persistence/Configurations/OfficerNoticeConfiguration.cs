using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class OfficerNoticeConfiguration : IEntityTypeConfiguration<OfficerNoticeRecord>
{
    public void Configure(EntityTypeBuilder<OfficerNoticeRecord> builder)
    {
        builder.ToTable("officer_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Recipient).HasMaxLength(256);
        builder.Property(n => n.Kind).HasMaxLength(32);
        builder.Property(n => n.DossierCode).HasMaxLength(64);
        builder.Property(n => n.StepId).HasMaxLength(128);
        builder.Property(n => n.Text).HasMaxLength(2000);

        // An officer's notices, newest first; their unread ones (the count every page shows).
        builder.HasIndex(n => new { n.Recipient, n.At });
        builder.HasIndex(n => new { n.Recipient, n.ReadAt });
    }
}
