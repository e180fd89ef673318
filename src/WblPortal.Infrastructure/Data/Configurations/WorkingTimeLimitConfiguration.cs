using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Reference;

namespace WblPortal.Infrastructure.Data.Configurations;

/// <summary>Rows are inserted by the DailyUseDiaryLoopAndMinors migration (the law's figures with their source), not by HasData.</summary>
public sealed class WorkingTimeLimitConfiguration : IEntityTypeConfiguration<WorkingTimeLimit>
{
    public void Configure(EntityTypeBuilder<WorkingTimeLimit> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.SourceKy).HasMaxLength(300);
        builder.Property(l => l.SourceRu).HasMaxLength(300);
        builder.Property(l => l.SourceEn).HasMaxLength(300);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_working_time_limits_hours", "hours_per_week BETWEEN 1 AND 168");
            t.HasCheckConstraint("ck_working_time_limits_ages", "min_age >= 0 AND (max_age IS NULL OR max_age > min_age)");
        });
    }
}
