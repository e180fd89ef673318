using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class ProgrammeLoadConfiguration : IEntityTypeConfiguration<ProgrammeLoad>
{
    public void Configure(EntityTypeBuilder<ProgrammeLoad> builder)
    {
        builder.IsEditableEntity();
        builder.HasIndex(l => new { l.ProgrammeId, l.FormId, l.Semester }).IsUnique();
        builder.HasIndex(l => l.CollegeId);
        builder.HasOne(l => l.Form).WithMany().HasForeignKey(l => l.FormId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("ck_programme_loads_hours", "hours >= 0"));
    }
}
