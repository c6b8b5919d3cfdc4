using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class OnTimeCountConfiguration : IEntityTypeConfiguration<OnTimeCountRecord>
{
    public void Configure(EntityTypeBuilder<OnTimeCountRecord> builder)
    {
        builder.ToTable("on_time_counts");
        builder.HasKey(c => new { c.Scope, c.Key, c.Month });
        builder.Property(c => c.Scope).HasMaxLength(16);
        builder.Property(c => c.Key).HasMaxLength(200);
        builder.Property(c => c.Month).HasMaxLength(7);
        builder.HasIndex(c => new { c.Scope, c.Month });
    }
}
