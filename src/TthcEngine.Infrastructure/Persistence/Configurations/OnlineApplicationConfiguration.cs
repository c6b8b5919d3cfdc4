using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class OnlineApplicationConfiguration : IEntityTypeConfiguration<OnlineApplicationRecord>
{
    public void Configure(EntityTypeBuilder<OnlineApplicationRecord> builder)
    {
        builder.ToTable("online_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Reference).HasMaxLength(32);
        builder.HasIndex(a => a.Reference).IsUnique();
        builder.Property(a => a.PinHash).HasMaxLength(64);
        builder.Property(a => a.ProcedureCode).HasMaxLength(32);
        builder.Property(a => a.Agency).HasMaxLength(64);
        builder.OwnsOne(a => a.Applicant, applicant =>
        {
            applicant.Property(a => a.Name).HasColumnName("applicant_name").HasMaxLength(256);
            applicant.Property(a => a.IdNumber).HasColumnName("applicant_id_number").HasMaxLength(32);
            applicant.Property(a => a.Phone).HasColumnName("applicant_phone").HasMaxLength(32);
            applicant.Property(a => a.Email).HasColumnName("applicant_email").HasMaxLength(256);
            applicant.Property(a => a.Address).HasColumnName("applicant_address").HasMaxLength(512);
        });
        builder.Property(a => a.Papers).HasMaxLength(8000);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.DossierPin).HasMaxLength(1000);
        builder.Property(a => a.RefusalReason).HasMaxLength(2000);
        builder.Property(a => a.RefusedCode).HasMaxLength(64);
        builder.Property(a => a.DecidedBy).HasMaxLength(256);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // The desk's list: its agency's pending applications, oldest first.
        builder.HasIndex(a => new { a.Agency, a.State, a.SubmittedAt });
        builder.HasOne<DossierRecord>().WithMany().HasForeignKey(a => a.DossierId);
    }
}
