using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TthcEngine.Infrastructure.Persistence.Configurations;

public sealed class OpenStepConfiguration : IEntityTypeConfiguration<OpenStepRecord>
{
    public void Configure(EntityTypeBuilder<OpenStepRecord> builder)
    {
        builder.ToTable("open_steps");
        builder.HasKey(s => new { s.DossierId, s.StepId });
        builder.Property(s => s.StepId).HasMaxLength(128);
        builder.Property(s => s.Unit).HasMaxLength(64);
        builder.Property(s => s.Role).HasMaxLength(16);
        builder.Property(s => s.ClaimedBy).HasMaxLength(64);
        builder.Property(s => s.AskedBy).HasMaxLength(128);

        // Worklist of a unit sorted by due instant. The watcher's sweeps read only what is not yet announced and has
        // come due: a seek on the null announcement, then a range on the instant, so a sweep costs what comes due.
        builder.HasIndex(s => new { s.Unit, s.DueAt });
        builder.HasIndex(s => new { s.OverdueAnnouncedAt, s.DueAt });
        builder.HasIndex(s => new { s.DueSoonAnnouncedAt, s.DueSoonAt });
        builder.HasOne<DossierRecord>().WithMany().HasForeignKey(s => s.DossierId);
    }
}
