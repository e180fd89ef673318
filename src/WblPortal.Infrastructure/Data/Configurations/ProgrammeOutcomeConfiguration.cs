using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class ProgrammeOutcomeConfiguration : IEntityTypeConfiguration<ProgrammeOutcome>
{
    public void Configure(EntityTypeBuilder<ProgrammeOutcome> builder)
    {
        builder.IsEditableEntity();
        builder.Property(o => o.Code).HasMaxLength(20);
        builder.Property(o => o.Text).HasMaxLength(2000);
        builder.HasIndex(o => new { o.ProgrammeId, o.Code }).IsUnique();
        builder.HasIndex(o => o.CollegeId);
        // The competency matrix: outcome × competency.
        builder.HasMany(o => o.Competencies).WithMany().UsingEntity("programme_outcome_competencies",
            r => r.HasOne(typeof(Competency)).WithMany().HasForeignKey("competency_id").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(ProgrammeOutcome)).WithMany().HasForeignKey("outcome_id").OnDelete(DeleteBehavior.Cascade));
    }
}
