using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Documents;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> builder)
    {
        builder.IsEditableEntity();
        builder.Property(d => d.Code).HasMaxLength(14);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.HasIndex(d => d.Code).IsUnique();
        // One code per document: a second download (or two racing first downloads) finds the same row.
        builder.HasIndex(d => new { d.Kind, d.EntityId }).IsUnique();
        builder.HasIndex(d => d.IssuerOrganizationId);
        // The register: one number per issuer, kind and year (two racing first prints cannot take the same number).
        builder.HasIndex(d => new { d.IssuerOrganizationId, d.Kind, d.RegisterYear, d.RegisterNumber }).IsUnique()
            .HasFilter("register_number IS NOT NULL");
        builder.HasOne<WblPortal.Domain.Colleges.College>().WithMany().HasForeignKey(d => d.IssuerOrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
