using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.StudyGroups;

/// <summary>Create or edit a study group of the actor's college, of one of its specialties, with an optional curator.</summary>
public static class EditStudyGroup
{
    public const int FirstIntakeYear = 1990;

    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public string? Name { get; set; }
        public Guid? SpecialtyId { get; set; }
        public int? IntakeYear { get; set; }
        public int? YearOfStudy { get; set; }
        public Guid? CuratorId { get; set; }

        /// <summary>The form's choices: filled by <see cref="Handler.LoadChoicesAsync"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public Choices Options { get; set; } = new([], []);
    }

    /// <summary>What the form's selects offer: only the actor's own specialties and curators.</summary>
    public sealed record Choices(IReadOnlyList<SelectListItem> Specialties, IReadOnlyList<SelectListItem> Curators);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, WblDbContext db, TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Name).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(50).WithMessage(_ => l["Validation_MaxLength", 50])
                .MustAsync(async (command, name, ct) => !await NameTakenAsync(db, command.Id, name!, ct))
                .WithMessage(_ => l["Validation_NameTaken"]);
            // The tenant filter scopes these look-ups: another college's specialty or curator is simply not found.
            RuleFor(c => c.SpecialtyId).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.Specialties.AnyAsync(s => s.Id == id, ct)).WithMessage(_ => l["Validation_NotFound"]);
            RuleFor(c => c.CuratorId)
                .MustAsync((id, ct) => db.Curators.AnyAsync(s => s.Id == id, ct)).WithMessage(_ => l["Validation_NotFound"])
                .When(c => c.CuratorId is not null);
            RuleFor(c => c.IntakeYear).NotNull().WithMessage(_ => l["Validation_Required"])
                .Must(y => y >= FirstIntakeYear && y <= LastIntakeYear(clock))
                .WithMessage(_ => l["Validation_Range", FirstIntakeYear, LastIntakeYear(clock)]);
            RuleFor(c => c.YearOfStudy).NotNull().WithMessage(_ => l["Validation_Required"])
                .InclusiveBetween(1, 5).WithMessage(_ => l["Validation_Range", 1, 5]);
        }

        /// <summary>Groups are enrolled up to a year ahead.</summary>
        private static int LastIntakeYear(TimeProvider clock) => clock.GetUtcNow().Year + 1;

        private static Task<bool> NameTakenAsync(WblDbContext db, Guid? id, string name, CancellationToken ct)
        {
            var trimmed = name.Trim().ToLower(CultureInfo.InvariantCulture);
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(); a culture or a StringComparison would not translate
            return db.StudyGroups.AnyAsync(g => g.Name.ToLower() == trimmed && g.Id != id, ct);
#pragma warning restore CA1304, CA1311, CA1862
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<SharedResource> l)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.StudyGroups.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new Command
                {
                    Id = g.Id, Version = g.Version, Name = g.Name, SpecialtyId = g.SpecialtyId, IntakeYear = g.IntakeYear,
                    YearOfStudy = g.YearOfStudy, CuratorId = g.CuratorId,
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.Options = await ChoicesAsync(cancellationToken);

        public async Task<Choices> ChoicesAsync(CancellationToken cancellationToken)
        {
            var culture = CultureInfo.CurrentUICulture.Name;
            var specialties = await db.Specialties.AsNoTracking().OrderBy(s => s.Code)
                .Select(s => new { s.Id, s.Code, s.NameKy, s.NameRu }).ToListAsync(cancellationToken);
            var curators = await db.Curators.AsNoTracking().OrderBy(c => c.FullName)
                .Select(c => new { c.Id, c.FullName }).ToListAsync(cancellationToken);
            return new Choices(
                specialties.Select(s => new SelectListItem($"{s.Code} {LocalizedName.Pick(s.NameKy, s.NameRu, null, culture)}", s.Id.ToString())).ToList(),
                curators.Select(c => new SelectListItem(c.FullName, c.Id.ToString())).ToList());
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            StudyGroup? group = null;
            if (command.Id is { } id)
            {
                group = await db.StudyGroups.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
                if (group is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (group is null)
            {
                group = new StudyGroup { CollegeId = db.Actor.CollegeId ?? Guid.Empty, Name = "" };
                db.StudyGroups.Add(group);
            }
            else
            {
                db.ExpectVersion(group, command.Version);
            }

            group.Name = command.Name!.Trim();
            group.SpecialtyId = command.SpecialtyId!.Value;
            group.IntakeYear = command.IntakeYear!.Value;
            group.YearOfStudy = command.YearOfStudy!.Value;
            group.CuratorId = command.CuratorId;

            return await db.SaveAsync(() => group.Id, cancellationToken,
                // Another writer took the name between the check and the insert.
                saveFailed: e => e.IsUniqueViolation() ? FeatureResult.Invalid(nameof(Command.Name), l["Validation_NameTaken"]) : null);
        }
    }
}
