using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using WblPortal.Domain.Auditing;
using WblPortal.Domain.Common;

namespace WblPortal.Infrastructure.Data.Interceptors;

/// <summary>Adds an <see cref="AuditEntry"/> for every inserted, updated or deleted domain row to the same
/// SaveChanges, so the change and its record commit or fail together.</summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddAuditEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddAuditEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void AddAuditEntries(DbContext? context)
    {
        if (context is not WblDbContext db)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new AuditEntry
            {
                At = now,
                UserId = db.Actor.UserId,
                OrganizationId = OrganizationOf(e.Entity) ?? db.Actor.OrganizationId,
                EntityType = e.Metadata.ClrType.Name,
                EntityKey = e.Entity.Id.ToString(),
                Action = e.State switch
                {
                    EntityState.Added => AuditAction.Insert,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                },
                Changes = ChangesOf(e),
            })
            .ToList();

        db.AddAuditEntries(entries);
    }

    /// <summary>The college or employer the row belongs to, so that organizations can read their own audit trail.</summary>
    private static Guid? OrganizationOf(Entity entity) => entity switch
    {
        ICollegeOwned c => c.CollegeId,
        IEmployerOwned e => e.EmployerId,
        _ => null,
    };

    private static string ChangesOf(EntityEntry<Entity> entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name == nameof(Entity.Version))
            {
                continue;
            }

            // Binary contents (an issued PDF) are recorded by their length, not copied into the audit trail.
            if (property.Metadata.ClrType == typeof(byte[]))
            {
                changes[property.Metadata.Name] = new { bytes = (property.CurrentValue as byte[])?.Length };
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[property.Metadata.Name] = new { @new = property.CurrentValue };
                    break;
                case EntityState.Deleted:
                    changes[property.Metadata.Name] = new { old = property.OriginalValue };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[property.Metadata.Name] = new { old = property.OriginalValue, @new = property.CurrentValue };
                    break;
            }
        }

        return JsonSerializer.Serialize(changes);
    }
}
