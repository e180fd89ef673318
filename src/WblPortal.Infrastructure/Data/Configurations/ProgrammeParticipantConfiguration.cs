using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class ProgrammeParticipantConfiguration : IEntityTypeConfiguration<ProgrammeParticipant>
{
    public void Configure(EntityTypeBuilder<ProgrammeParticipant> builder)
    {
        builder.IsEditableEntity();
        builder.HasIndex(p => new { p.ProgrammeId, p.EmployerId }).IsUnique();
        builder.HasIndex(p => p.EmployerId);
        builder.HasIndex(p => p.CollegeId);
        builder.HasOne<WblPortal.Domain.Employers.Employer>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
