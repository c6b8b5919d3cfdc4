using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class PinGuessConfiguration : IEntityTypeConfiguration<PinGuessRecord>
{
    public void Configure(EntityTypeBuilder<PinGuessRecord> builder)
    {
        builder.ToTable("pin_guesses");
        builder.HasKey(g => g.Key);
        builder.Property(g => g.Key).HasMaxLength(64);
        builder.HasIndex(g => g.Until);
    }
}
