using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<PaymentRecord>
{
    public void Configure(EntityTypeBuilder<PaymentRecord> builder)
    {
        builder.ToTable("payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reference).HasMaxLength(64);
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.Property(p => p.Description).HasMaxLength(500);
        builder.Property(p => p.FeeItems).HasMaxLength(4000);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.PaymentUrl).HasMaxLength(2000);
        builder.Property(p => p.TransactionId).HasMaxLength(64);
        builder.Property(p => p.Bank).HasMaxLength(32);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.Failure).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.DossierId, p.CreatedAt });

        // The reconciler looks for payments still pending after a while (a callback may be lost).
        builder.HasIndex(p => new { p.State, p.CreatedAt });
        builder.HasOne<DossierRecord>().WithMany().HasForeignKey(p => p.DossierId);
    }
}
