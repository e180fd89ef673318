using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Events;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Events;

/// <summary>The form the steps on an event's page post (MarkEventHeld, CancelEvent) and the event they act on: one of
/// the actor's college.</summary>
public static class EventStep
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Reason { get; set; }
    }

    internal static Task<InformationEvent?> LoadAsync(WblDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.InformationEvents.SingleOrDefaultAsync(e => e.Id == id && e.CollegeId == db.Actor.CollegeId, cancellationToken);
}
