using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.AnnualReports;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.IsEditableEntity();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Achievements).HasMaxLength(8000);
        builder.Property(r => r.Problems).HasMaxLength(8000);
        builder.Property(r => r.WblRecommendations).HasMaxLength(8000);
        builder.Property(r => r.ProgrammeRecommendations).HasMaxLength(8000);
        builder.Property(r => r.FiguresJson).HasColumnType("jsonb");
        builder.Property(r => r.SubmittedByName).HasMaxLength(200);
        builder.Property(r => r.ReviewedByName).HasMaxLength(200);
        builder.Property(r => r.ReviewComment).HasMaxLength(4000);
        builder.Ignore(r => r.RaisedNotifications);
        builder.HasIndex(r => new { r.CollegeId, r.AcademicYear }).IsUnique();
        builder.HasIndex(r => new { r.AcademicYear, r.Status });
        builder.HasOne(r => r.College).WithMany().HasForeignKey(r => r.CollegeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Responses).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AnnualReportResponseConfiguration : IEntityTypeConfiguration<AnnualReportResponse>
{
    public void Configure(EntityTypeBuilder<AnnualReportResponse> builder)
    {
        builder.IsEditableEntity();
        builder.Property(r => r.EmployerName).HasMaxLength(300);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Comment).HasMaxLength(4000);
        builder.Property(r => r.AnsweredByName).HasMaxLength(200);
        builder.HasIndex(r => new { r.ReportId, r.EmployerId }).IsUnique();
        builder.HasIndex(r => new { r.EmployerId, r.Decision });
        builder.HasOne(r => r.Employer).WithMany().HasForeignKey(r => r.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WblPortal.Domain.Colleges.College>().WithMany().HasForeignKey(r => r.CollegeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AnnualReportHistoryEntryConfiguration : IEntityTypeConfiguration<AnnualReportHistoryEntry>
{
    public void Configure(EntityTypeBuilder<AnnualReportHistoryEntry> builder)
    {
        builder.IsHistoryEntry();
        builder.HasIndex(h => new { h.ReportId, h.At });
    }
}
