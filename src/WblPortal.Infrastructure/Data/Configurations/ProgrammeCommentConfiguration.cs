using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Programmes;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class ProgrammeCommentConfiguration : IEntityTypeConfiguration<ProgrammeComment>
{
    public void Configure(EntityTypeBuilder<ProgrammeComment> builder)
    {
        builder.IsEditableEntity();
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.Ignore(c => c.RaisedNotifications);
        builder.Property(c => c.Answer).HasMaxLength(4000);
        builder.Property(c => c.AuthorUserId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(200);
        builder.Property(c => c.AnsweredByUserId).HasMaxLength(450);
        builder.Property(c => c.AnsweredByName).HasMaxLength(200);
        builder.HasIndex(c => new { c.ProgrammeId, c.At });
        builder.HasIndex(c => c.EmployerId);
        builder.HasIndex(c => c.CollegeId);
        builder.HasOne<WblProgramme>().WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WblPortal.Domain.Employers.Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Restrict);
    }
}
