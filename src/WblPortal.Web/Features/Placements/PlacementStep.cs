using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Placements;

/// <summary>One workflow step on a placement (propose, confirm, decline, ask changes, cancel, start, complete,
/// assess). Which party may take which step is the domain's rule; the controllers only offer their party's steps.</summary>
public static class PlacementStep
{
    public enum Kind
    {
        Propose,
        Cancel,
        Start,
        Complete,
        Assess,
        Confirm,
        Decline,
        RequestChanges,
    }

    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Reason { get; set; }
        public int? Count { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
        public string? Comment { get; set; }
    }

    public sealed class Handler(WblDbContext db, IHttpContextAccessor http, TimeProvider clock, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(Kind kind, Command command, CancellationToken cancellationToken)
        {
            var placement = await db.Placements.Include(p => p.Learners).SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
            if (placement is null)
            {
                return FeatureResult.NotFound;
            }

            if (placement.Version != command.Version)
            {
                return FeatureResult.Conflict; // the page was out of date: show the current state before any step
            }

            db.Entry(placement).Property(p => p.Version).OriginalValue = command.Version;
            var by = PlacementUser.Of(http.HttpContext?.User);
            var at = clock.GetUtcNow();
            try
            {
                switch (kind)
                {
                    case Kind.Propose: placement.Propose(by, at); break;
                    case Kind.Cancel: placement.Cancel(command.Reason ?? "", by, at); break;
                    case Kind.Start: placement.Start(by, at); break;
                    case Kind.Complete: placement.Complete(by, at); break;
                    case Kind.Assess: placement.MarkAssessed(by, at); break;
                    case Kind.Confirm: placement.Confirm(command.Count ?? 0, by, at); break;
                    case Kind.Decline: placement.Decline(command.Reason ?? "", by, at); break;
                    case Kind.RequestChanges:
                        placement.RequestChanges(command.StartDate, command.EndDate, command.Count,
                            string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment, by, at);
                        break;
                }
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(w, PropertyOf(kind, ex.Key));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return FeatureResult.Conflict;
            }

            return FeatureResult.Done(placement.Id);
        }

        private static string PropertyOf(Kind kind, string key) => key switch
        {
            "Placement_ReasonRequired" => nameof(Command.Reason),
            "Placement_InvalidCount" or "Placement_CapacityExceeded" when kind is Kind.Confirm or Kind.RequestChanges => nameof(Command.Count),
            "Placement_InvalidDates" => nameof(Command.EndDate),
            _ => string.Empty,
        };
    }
}
