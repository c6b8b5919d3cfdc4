using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class DailySerialConfiguration : IEntityTypeConfiguration<DailySerialRecord>
{
    public void Configure(EntityTypeBuilder<DailySerialRecord> builder)
    {
        builder.ToTable("daily_serials");
        builder.HasKey(s => new { s.UnitCode, s.Date });
        builder.Property(s => s.UnitCode).HasMaxLength(64);
        builder.Property(s => s.Last).IsConcurrencyToken();
    }
}
