using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class PopulationLookupConfiguration : IEntityTypeConfiguration<PopulationLookupRecord>
{
    public void Configure(EntityTypeBuilder<PopulationLookupRecord> builder)
    {
        builder.ToTable("population_lookups");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Officer).HasMaxLength(256);
        builder.Property(l => l.Agency).HasMaxLength(64);
        builder.Property(l => l.ProcedureCode).HasMaxLength(64);
        builder.Property(l => l.IdNumberHash).HasMaxLength(64);
        builder.Property(l => l.IdNumberMasked).HasMaxLength(32);
        builder.Property(l => l.Result).HasMaxLength(16);

        // Supervisors list them by time; an auditor asks who looked up one citizen (by the hash).
        builder.HasIndex(l => l.At);
        builder.HasIndex(l => l.IdNumberHash);
    }
}
