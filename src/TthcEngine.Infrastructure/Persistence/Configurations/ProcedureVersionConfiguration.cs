using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class ProcedureVersionConfiguration : IEntityTypeConfiguration<ProcedureVersionRecord>
{
    public void Configure(EntityTypeBuilder<ProcedureVersionRecord> builder)
    {
        builder.ToTable("procedure_versions");
        builder.HasKey(p => new { p.Code, p.Version });
        builder.Property(p => p.Code).HasMaxLength(32);
    }
}
