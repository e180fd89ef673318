using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Documents;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class IssuedDocumentFileConfiguration : IEntityTypeConfiguration<IssuedDocumentFile>
{
    public void Configure(EntityTypeBuilder<IssuedDocumentFile> builder)
    {
        builder.IsEditableEntity();
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Language).HasMaxLength(5);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        // One stored PDF per document, language and copy (with or without the learner's consented details): two racing
        // first prints store one, the loser reads it.
        builder.HasIndex(f => new { f.IssuedDocumentId, f.Language, f.WithPersonalDetails }).IsUnique();
        builder.HasIndex(f => f.IssuerOrganizationId);
        builder.HasOne<IssuedDocument>().WithMany().HasForeignKey(f => f.IssuedDocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}
