using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Learners;

/// <summary>Register or edit a learner of the actor's college, in one of its groups.</summary>
public static class EditLearner
{
    public sealed class Command : LearnerFields
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public Guid? GroupId { get; set; }

        /// <summary>The form's choice: filled by <see cref="Handler.LoadChoicesAsync"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Groups { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IValidator<LearnerFields> fields, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            Include(fields);
            // The tenant filter scopes the look-up: another college's group is simply not found.
            RuleFor(c => c.GroupId).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.StudyGroups.AnyAsync(g => g.Id == id, ct)).WithMessage(_ => l["Validation_NotFound"]);
            RuleFor(c => c.Pin)
                .MustAsync(async (command, pin, ct) => (await LearnerPins.TakenAsync(db, [pin!.Trim()], command.Id, ct)).Count == 0)
                .WithMessage(_ => l["Validation_PinTaken"])
                .When(c => Identifiers.IsPin(c.Pin?.Trim()));
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<SharedResource> l)
    {
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.Groups = await ListLearners.GroupChoicesAsync(db, command.GroupId, cancellationToken);

        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Learners.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new Command
                {
                    Id = x.Id, Version = x.Version, GroupId = x.GroupId, LastName = x.LastName, FirstName = x.FirstName, Patronymic = x.Patronymic,
                    Pin = x.Pin, DateOfBirth = x.DateOfBirth, Gender = x.Gender, HasSpecialNeeds = x.HasSpecialNeeds,
                    SpecialNeedsNote = x.SpecialNeedsNote, RepresentativeName = x.RepresentativeName,
                    RepresentativePhone = x.RepresentativePhone, Phone = x.Phone, Email = x.Email,
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            Learner? learner = null;
            if (command.Id is { } id)
            {
                learner = await db.Learners.SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
                if (learner is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (learner is null)
            {
                learner = new Learner { CollegeId = db.Actor.CollegeId ?? Guid.Empty, LastName = "", FirstName = "", Pin = "" };
                db.Learners.Add(learner);
            }
            else
            {
                db.ExpectVersion(learner, command.Version);
            }

            learner.GroupId = command.GroupId!.Value;
            command.ApplyTo(learner);

            return await db.SaveAsync(() => learner.Id, cancellationToken,
                // Another writer registered the ПИН between the check and the insert.
                saveFailed: e => e.IsUniqueViolation() ? FeatureResult.Invalid(nameof(Command.Pin), l["Validation_PinTaken"]) : null);
        }
    }
}
