using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Partnerships;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Partnerships;

/// <summary>Create a draft memorandum, cooperation agreement or WBL contract with an employer, or change a draft.</summary>
public static class EditPartnership
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public Guid? EmployerId { get; set; }
        public PartnershipKind? Kind { get; set; }
        public string? Number { get; set; }
        public DateOnly? ConcludedOn { get; set; }
        public DateOnly? ValidFrom { get; set; }
        public DateOnly? ValidUntil { get; set; }
        public string? Subject { get; set; }

        /// <summary>The form's choice: filled by <see cref="Handler.LoadChoicesAsync"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Employers { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<PartnershipResource> p, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.EmployerId).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.Employers.AnyAsync(e => e.Id == id, ct)).WithMessage(_ => l["Validation_NotFound"]);
            RuleFor(c => c.Kind).NotNull().WithMessage(_ => l["Validation_Required"])
                .IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Number).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(50).WithMessage(_ => l["Validation_MaxLength", 50])
                .MustAsync(async (command, number, ct) => !await db.Partnerships
                    .AnyAsync(x => x.Kind == command.Kind && x.Number == number!.Trim() && x.Id != command.Id, ct))
                .WithMessage(_ => p["Partnership_NumberTaken"]);
            RuleFor(c => c.ConcludedOn).NotNull().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.ValidFrom).NotNull().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.ValidUntil).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidFrom is not null && c.ValidUntil is not null)
                .WithMessage(_ => p["Partnership_UntilBeforeFrom"]);
            RuleFor(c => c.Subject).MaximumLength(2000).WithMessage(_ => l["Validation_MaxLength", 2000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> w, TimeProvider clock)
    {
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken)
        {
            var employers = await db.Employers.AsNoTracking().OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
            command.Employers = employers.Select(e => new SelectListItem(e.Name, e.Id.ToString())).ToList();
        }

        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Partnerships.AsNoTracking().Where(p => p.Id == id && p.CollegeId == db.Actor.CollegeId && p.Status == PartnershipStatus.Draft
                && p.CollegeSignedAt == null && p.EmployerSignedAt == null)
                .Select(p => new Command
                {
                    Id = p.Id, Version = p.Version, EmployerId = p.EmployerId, Kind = p.Kind, Number = p.Number, ConcludedOn = p.ConcludedOn,
                    ValidFrom = p.ValidFrom, ValidUntil = p.ValidUntil, Subject = p.Subject,
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            Partnership? partnership = null;
            if (command.Id is { } id)
            {
                // Only the college's own rows are edited here: an employer's view of a partnership is not enough.
                partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Id == id && p.CollegeId == db.Actor.CollegeId, cancellationToken);
                if (partnership is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            return await db.SaveAsync(() =>
            {
                if (partnership is null)
                {
                    partnership = Partnership.Create(db.Actor.CollegeId ?? Guid.Empty, command.EmployerId!.Value, command.Kind!.Value, command.Number!,
                        command.ConcludedOn!.Value, command.ValidFrom!.Value, command.ValidUntil, by, clock.GetUtcNow());
                    db.Partnerships.Add(partnership);
                }
                else
                {
                    // A side that has signed signed this text: it no longer changes.
                    if (partnership.CollegeSignedAt is not null || partnership.EmployerSignedAt is not null)
                    {
                        throw new WorkflowException("Partnership_NotEditable");
                    }

                    db.ExpectVersion(partnership, command.Version);
                    partnership.SetValidity(command.ValidFrom!.Value, command.ValidUntil);
                    partnership.EmployerId = command.EmployerId!.Value;
                    partnership.Kind = command.Kind!.Value;
                    partnership.Number = command.Number!.Trim();
                    partnership.ConcludedOn = command.ConcludedOn!.Value;
                }

                partnership.Subject = string.IsNullOrWhiteSpace(command.Subject) ? null : command.Subject.Trim();
                return null;
            }, () => partnership!.Id, cancellationToken, new Refusals(w));
        }
    }
}
