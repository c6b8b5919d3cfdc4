using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class DossierConfiguration : IEntityTypeConfiguration<DossierRecord>
{
    public void Configure(EntityTypeBuilder<DossierRecord> builder)
    {
        builder.ToTable("dossiers");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.PinHash).HasMaxLength(64);
        builder.Property(d => d.ProcedureCode).HasMaxLength(32);
        builder.Property(d => d.Lane).HasMaxLength(16);
        builder.Property(d => d.ReceivingUnit).HasMaxLength(64);
        builder.Property(d => d.Agency).HasMaxLength(64);
        builder.Property(d => d.ReceivingAgency).HasMaxLength(64);
        builder.Property(d => d.Channel).HasMaxLength(16);
        builder.Property(d => d.Outcome).HasMaxLength(16);
        builder.Property(d => d.Timeliness).HasMaxLength(16);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.OwnsOne(d => d.Applicant, applicant =>
        {
            applicant.Property(a => a.Name).HasColumnName("applicant_name").HasMaxLength(256);
            applicant.Property(a => a.IdNumber).HasColumnName("applicant_id_number").HasMaxLength(32);
            applicant.Property(a => a.Phone).HasColumnName("applicant_phone").HasMaxLength(32);
            applicant.Property(a => a.Email).HasColumnName("applicant_email").HasMaxLength(256);
            applicant.Property(a => a.Address).HasColumnName("applicant_address").HasMaxLength(512);
            applicant.HasIndex(a => a.IdNumber);
        });

        // Supervisors' lists: by procedure and receipt date, and the open dossiers by due instant.
        builder.HasIndex(d => new { d.ProcedureCode, d.ReceivedAt });
        builder.HasIndex(d => new { d.FinishedAt, d.DueAt });
        builder.HasIndex(d => new { d.OverdueAnnouncedAt, d.OpenDueAt });
        builder.HasIndex(d => new { d.DueSoonAnnouncedAt, d.DueSoonAt });
        builder.HasIndex(d => new { d.ApologyPreparedAt, d.ApologyDueAt });
        builder.HasIndex(d => new { d.Agency, d.ReceivedAt });
    }
}
