using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Placements;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Placements;

/// <summary>What the workflow steps on a placement share (ProposePlacement, ConfirmPlacement, DeclinePlacement, …, one file
/// each): the form a step card on the placement's page posts, the placement loaded in scope with its learners, and which
/// field a refusal belongs next to. Which party may take which step is the domain's rule; the controllers only offer
/// their party's steps.</summary>
public static class PlacementStep
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Reason { get; set; }
        public int? Count { get; set; }
        public DateOnly? StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
        public string? Comment { get; set; }

        /// <summary>Start: the user confirms marking the placement in progress long before its start date.</summary>
        public bool EarlyStart { get; set; }
    }

    internal static Task<Placement?> LoadAsync(WblDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Placements.Include(p => p.Learners).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>A refused step's message, next to the field it concerns (the count only where the step has one).</summary>
    internal static Refusals Refusals(IStringLocalizer<WorkflowResource> w, bool hasCount = false) => new(w, key => key switch
    {
        "Placement_ReasonRequired" => nameof(Command.Reason),
        "Placement_InvalidCount" or "Placement_CapacityExceeded" when hasCount => nameof(Command.Count),
        "Placement_InvalidDates" => nameof(Command.EndDate),
        "Placement_StartTooEarly" => nameof(Command.EarlyStart),
        _ => string.Empty,
    });
}
