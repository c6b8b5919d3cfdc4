using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class ApplicantNoticeConfiguration : IEntityTypeConfiguration<ApplicantNoticeRecord>
{
    public void Configure(EntityTypeBuilder<ApplicantNoticeRecord> builder)
    {
        builder.ToTable("applicant_notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Reference).HasMaxLength(64);
        builder.Property(n => n.Kind).HasMaxLength(32);
        builder.Property(n => n.Channel).HasMaxLength(8);
        builder.Property(n => n.Recipient).HasMaxLength(256);
        builder.Property(n => n.Subject).HasMaxLength(256);
        builder.Property(n => n.Text).HasMaxLength(2000);
        builder.Property(n => n.GatewayId).HasMaxLength(128);
        builder.Property(n => n.LastError).HasMaxLength(500);

        // The dossier's page lists its notices; the sender takes those due, unsent and not given up.
        builder.HasIndex(n => new { n.DossierId, n.At });
        builder.HasIndex(n => n.ApplicationId);
        builder.HasIndex(n => new { n.SentAt, n.FailedAt, n.NextAttemptAt });
    }
}
