using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Mentors;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Mentors;

/// <summary>Create or edit a mentor of the actor's employer.</summary>
public static class EditMentor
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public string? FullName { get; set; }
        public string? Position { get; set; }
        public EducationLevel EducationLevel { get; set; } = EducationLevel.SecondaryVocational;
        public int YearsOfExperience { get; set; }
        public int? SkillGrade { get; set; }
        public DateOnly? PedagogicalTrainingDate { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }

        /// <summary>The form's choice: filled by <see cref="Handler.LoadChoices"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> EducationLevels { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.FullName).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Position).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.EducationLevel).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.YearsOfExperience).InclusiveBetween(0, 60).WithMessage(_ => l["Validation_Range", 0, 60]);
            RuleFor(c => c.SkillGrade).InclusiveBetween(1, 8).When(c => c.SkillGrade is not null).WithMessage(_ => l["Validation_Range", 1, 8]);
            RuleFor(c => c.PedagogicalTrainingDate).Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
                .When(c => c.PedagogicalTrainingDate is not null).WithMessage(_ => l["Validation_DateNotFuture"]);
            RuleFor(c => c.Phone).Must(p => Identifiers.NormalizePhone(p) is not null)
                .When(c => !string.IsNullOrWhiteSpace(c.Phone)).WithMessage(_ => l["Validation_Phone"]);
            RuleFor(c => c.Email).MaximumLength(256).WithMessage(_ => l["Validation_MaxLength", 256])
                .EmailAddress().WithMessage(_ => l["Validation_Email"])
                .When(c => !string.IsNullOrWhiteSpace(c.Email));
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<SharedResource> l)
    {
        public void LoadChoices(Command command) =>
            command.EducationLevels = Enum.GetValues<EducationLevel>().Select(k => new SelectListItem(l["EducationLevel_" + k], k.ToString())).ToList();

        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Mentors.AsNoTracking().Where(m => m.Id == id)
                .Select(m => new Command
                {
                    Id = m.Id, Version = m.Version, FullName = m.FullName, Position = m.Position, EducationLevel = m.EducationLevel,
                    YearsOfExperience = m.YearsOfExperience, SkillGrade = m.SkillGrade, PedagogicalTrainingDate = m.PedagogicalTrainingDate,
                    Phone = m.Phone, Email = m.Email,
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            Mentor? mentor = null;
            if (command.Id is { } id)
            {
                mentor = await db.Mentors.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
                if (mentor is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (mentor is null)
            {
                mentor = new Mentor { EmployerId = db.Actor.EmployerId ?? Guid.Empty, FullName = "", Position = "" };
                db.Mentors.Add(mentor);
            }
            else
            {
                db.ExpectVersion(mentor, command.Version);
            }

            mentor.FullName = command.FullName!.Trim();
            mentor.Position = command.Position!.Trim();
            mentor.EducationLevel = command.EducationLevel;
            mentor.YearsOfExperience = command.YearsOfExperience;
            mentor.SkillGrade = command.SkillGrade;
            mentor.PedagogicalTrainingDate = command.PedagogicalTrainingDate;
            mentor.Phone = Identifiers.NormalizePhone(command.Phone);
            mentor.Email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
            if (command.Id is not null)
            {
                // With pedagogy trainings on record, the date is theirs (the latest), not the form's.
                mentor.ApplyTrainings(await db.MentorTrainings.AsNoTracking().Where(t => t.MentorId == mentor.Id).ToListAsync(cancellationToken));
                await MentorGapsSync.ApplyAsync(db, mentor, cancellationToken);
            }

            return await db.SaveAsync(() => mentor.Id, cancellationToken);
        }
    }
}
