using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class DossierEventConfiguration : IEntityTypeConfiguration<DossierEventRecord>
{
    public void Configure(EntityTypeBuilder<DossierEventRecord> builder)
    {
        builder.ToTable("dossier_events");
        builder.HasKey(e => new { e.DossierId, e.Sequence });
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.HasOne<DossierRecord>().WithMany().HasForeignKey(e => e.DossierId);
    }
}
