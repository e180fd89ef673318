using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Colleges;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Features.ReferenceData;

namespace WblPortal.Web.Features.Specialties;

/// <summary>Create or edit a specialty of the actor's college.</summary>
public static class EditSpecialty
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public string? Code { get; set; }
        public string? NameKy { get; set; }
        public string? NameRu { get; set; }
        public int NqfLevelId { get; set; }

        /// <summary>The form's choice: filled by <see cref="Handler.LoadChoicesAsync"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> NqfLevels { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Code).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(20).WithMessage(_ => l["Validation_MaxLength", 20])
                .MustAsync(async (command, code, ct) => !await db.Specialties
                    .AnyAsync(s => s.Code == code!.Trim() && s.Id != command.Id, ct))
                .WithMessage(_ => l["Validation_CodeTaken"]);
            RuleFor(c => c.NameKy).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.NameRu).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.NqfLevelId).MustAsync((id, ct) => db.NqfLevels.AnyAsync(n => n.Id == id, ct))
                .WithMessage(_ => l["Validation_Required"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, ReferenceChoices.Handler choices)
    {
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.NqfLevels = await choices.NqfLevelsAsync(withNumber: false, cancellationToken);

        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Specialties.AsNoTracking().Where(s => s.Id == id)
                .Select(s => new Command { Id = s.Id, Version = s.Version, Code = s.Code, NameKy = s.NameKy, NameRu = s.NameRu, NqfLevelId = s.NqfLevelId })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            Specialty? specialty = null;
            if (command.Id is { } id)
            {
                specialty = await db.Specialties.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
                if (specialty is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (specialty is null)
            {
                specialty = new Specialty { CollegeId = db.Actor.CollegeId ?? Guid.Empty, Code = "", NameKy = "", NameRu = "" };
                db.Specialties.Add(specialty);
            }
            else
            {
                db.ExpectVersion(specialty, command.Version);
            }

            specialty.Code = command.Code!.Trim();
            specialty.NameKy = command.NameKy!.Trim();
            specialty.NameRu = command.NameRu!.Trim();
            specialty.NqfLevelId = command.NqfLevelId;

            return await db.SaveAsync(() => specialty.Id, cancellationToken);
        }
    }
}
