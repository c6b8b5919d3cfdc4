using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class DossierNoteConfiguration : IEntityTypeConfiguration<DossierNoteRecord>
{
    public void Configure(EntityTypeBuilder<DossierNoteRecord> builder)
    {
        builder.ToTable("dossier_notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasMaxLength(32);
        builder.Property(n => n.Officer).HasMaxLength(256);
        builder.HasIndex(n => new { n.DossierId, n.At });

        // Supervisors list the apologies issued by period.
        builder.HasIndex(n => new { n.Kind, n.At });
        builder.HasOne<DossierRecord>().WithMany().HasForeignKey(n => n.DossierId);
    }
}
