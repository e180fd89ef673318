using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Files;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.IsEditableEntity();
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(f => f.CollegeId);
        builder.HasIndex(f => f.EmployerId);
        builder.ToTable(t => t.HasCheckConstraint("ck_stored_files_size", $"size > 0 AND size <= {StoredFile.MaxSize}"));
    }
}
