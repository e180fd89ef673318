using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Events;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Events;

/// <summary>Plan an information event (a stage 0–1 form) or change a planned one, with its partner employers.</summary>
public static class EditEvent
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public int? FormId { get; set; }
        public string? Title { get; set; }

        /// <summary>Bishkek local time, as a datetime-local input sends it.</summary>
        public DateTime? StartsAt { get; set; }
        public string? Location { get; set; }
        public string? Description { get; set; }
        public List<Guid> EmployerIds { get; set; } = [];

        // The form's choices: filled by Handler.LoadChoicesAsync, never bound from the request.
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Forms { get; set; } = [];
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Employers { get; set; } = [];
    }

    /// <summary>Employers the college has a partnership with (not terminated): the ones that can take part.</summary>
    public static IQueryable<Guid> PartnerEmployerIds(WblDbContext db) =>
        db.Partnerships.Where(p => p.Status != PartnershipStatus.Terminated).Select(p => p.EmployerId).Distinct();

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<PartnershipResource> p, IStringLocalizer<WorkflowResource> w, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.FormId).NotNull().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.WblForms.AnyAsync(f => f.Id == id && f.IsActive
                    && (f.Stage == WblStage.Preparation || f.Stage == WblStage.GettingToKnow), ct))
                .WithMessage(_ => w["Event_FormNotAnEvent"]);
            RuleFor(c => c.Title).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.StartsAt).NotNull().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Location).MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.Description).MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
            RuleFor(c => c.EmployerIds).MustAsync(async (ids, ct) =>
                {
                    var wanted = ids.Distinct().ToList();
                    return wanted.Count == 0 || await PartnerEmployerIds(db).CountAsync(id => wanted.Contains(id), ct) == wanted.Count;
                })
                .WithMessage(_ => p["Event_EmployerNotPartner"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> w, IStringLocalizer<PartnershipResource> p)
    {
        /// <summary>The active WBL forms of the first two stages, and the employers the college partners with.</summary>
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken)
        {
            var culture = CultureInfo.CurrentUICulture.Name;
            var forms = await db.WblForms.AsNoTracking()
                .Where(f => f.IsActive && (f.Stage == WblStage.Preparation || f.Stage == WblStage.GettingToKnow))
                .OrderBy(f => f.SortOrder).ToListAsync(cancellationToken);
            command.Forms = forms.Select(f => new SelectListItem($"{LocalizedName.Pick(f.NameKy, f.NameRu, f.NameEn, culture)} ({p["Stage_" + f.Stage]})", f.Id.ToString(CultureInfo.InvariantCulture))).ToList();
            var partnerIds = PartnerEmployerIds(db);
            command.Employers = await db.Employers.AsNoTracking().Where(e => partnerIds.Contains(e.Id)).OrderBy(e => e.Name)
                .Select(e => new SelectListItem(e.Name, e.Id.ToString())).ToListAsync(cancellationToken);
        }

        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var command = await db.InformationEvents.AsNoTracking().Where(e => e.Id == id && e.CollegeId == db.Actor.CollegeId && e.Status == EventStatus.Planned)
                .Select(e => new Command
                {
                    Id = e.Id, Version = e.Version, FormId = e.FormId, Title = e.Title, StartsAt = e.StartsAt.DateTime, Location = e.Location,
                    Description = e.Description, EmployerIds = e.Participants.Select(p => p.EmployerId).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (command?.StartsAt is { } utc)
            {
                command.StartsAt = new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(BishkekTime.Offset).DateTime;
            }

            return command;
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            InformationEvent? ev = null;
            if (command.Id is { } id)
            {
                ev = await db.InformationEvents.Include(e => e.Participants)
                    .SingleOrDefaultAsync(e => e.Id == id && e.CollegeId == db.Actor.CollegeId, cancellationToken);
                if (ev is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var startsAt = new DateTimeOffset(DateTime.SpecifyKind(command.StartsAt!.Value, DateTimeKind.Unspecified), BishkekTime.Offset);
            return await db.SaveAsync(async ct =>
            {
                var form = await db.WblForms.SingleAsync(f => f.Id == command.FormId, ct);
                if (ev is null)
                {
                    ev = InformationEvent.Create(db.Actor.CollegeId ?? Guid.Empty, form, command.Title!, startsAt);
                    db.InformationEvents.Add(ev);
                }
                else
                {
                    if (ev.Status != EventStatus.Planned)
                    {
                        throw new WorkflowException("Event_InvalidTransition");
                    }

                    db.ExpectVersion(ev, command.Version);
                    ev.FormId = form.Id;
                    ev.Title = command.Title!.Trim();
                    ev.StartsAt = startsAt;
                }

                ev.Location = string.IsNullOrWhiteSpace(command.Location) ? null : command.Location.Trim();
                ev.Description = string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim();
                var wanted = command.EmployerIds.Distinct().ToHashSet();
                foreach (var gone in ev.Participants.Where(p => !wanted.Contains(p.EmployerId)).ToList())
                {
                    ev.Participants.Remove(gone);
                    db.EventParticipants.Remove(gone);
                }

                foreach (var employerId in wanted.Where(e => ev.Participants.All(p => p.EmployerId != e)))
                {
                    db.EventParticipants.Add(ev.AddEmployer(employerId, null));
                }

                return null;
            }, () => ev!.Id, cancellationToken, new Refusals(w));
        }
    }
}
