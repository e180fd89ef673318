using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WblPortal.Domain.Api;

namespace WblPortal.Infrastructure.Data.Configurations;

public sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.ToTable("api_clients");
        builder.IsEditableEntity();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TokenHint).HasMaxLength(20);
        builder.Property(c => c.CreatedBy).HasMaxLength(450);
        builder.Property(c => c.RevokedBy).HasMaxLength(450);
        // The bearer token is looked up by its hash on every API request.
        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.Ignore(c => c.IsRevoked);
    }
}
