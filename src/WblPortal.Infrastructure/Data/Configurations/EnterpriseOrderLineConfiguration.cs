using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Mentors;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class EnterpriseOrderLineConfiguration : IEntityTypeConfiguration<EnterpriseOrderLine>
{
    public void Configure(EntityTypeBuilder<EnterpriseOrderLine> builder)
    {
        builder.IsEditableEntity();
        builder.Property(l => l.MentorName).HasMaxLength(200);
        builder.Property(l => l.MentorPosition).HasMaxLength(200);
        builder.Property(l => l.MentorGaps).HasConversion<int>();
        builder.Property(l => l.LearnerName).HasMaxLength(300);
        builder.Property(l => l.GroupName).HasMaxLength(50);
        builder.Property(l => l.CollegeName).HasMaxLength(300);
        builder.Property(l => l.FormName).HasMaxLength(200);
        builder.HasIndex(l => new { l.OrderId, l.LineNo }).IsUnique();
        builder.HasIndex(l => l.PlacementId);
        builder.HasIndex(l => l.CollegeId);
        builder.HasIndex(l => l.MentorId);
        builder.HasOne<WblPortal.Domain.Placements.Placement>().WithMany().HasForeignKey(l => l.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Mentor>().WithMany().HasForeignKey(l => l.MentorId).OnDelete(DeleteBehavior.Restrict);
    }
}
