using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Programmes;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Competencies;

/// <summary>Create or edit a competency of one of the college's specialties.</summary>
public static class EditCompetency
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public Guid? SpecialtyId { get; set; }
        public CompetencyKind Kind { get; set; } = CompetencyKind.Professional;
        public string? Code { get; set; }
        public string? NameKy { get; set; }
        public string? NameRu { get; set; }

        /// <summary>The form's choice: filled by <see cref="Handler.LoadChoicesAsync"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Specialties { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.SpecialtyId).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.Specialties.AnyAsync(s => s.Id == id, ct)).WithMessage(_ => l["Validation_NotFound"]);
            RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Code).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(20).WithMessage(_ => l["Validation_MaxLength", 20])
                .MustAsync(async (command, code, ct) => !await db.Competencies
                    .AnyAsync(c => c.SpecialtyId == command.SpecialtyId && c.Code == code!.Trim() && c.Id != command.Id, ct))
                .WithMessage(_ => l["Validation_CodeTaken"]);
            RuleFor(c => c.NameKy).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(500).WithMessage(_ => l["Validation_MaxLength", 500]);
            RuleFor(c => c.NameRu).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(500).WithMessage(_ => l["Validation_MaxLength", 500]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator)
    {
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.Specialties = await ListCompetencies.SpecialtyChoicesAsync(db, command.SpecialtyId, cancellationToken);

        private IQueryable<Competency> Own => db.Competencies.Where(c => c.CollegeId == db.Actor.CollegeId);

        public Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            Own.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new Command { Id = c.Id, Version = c.Version, SpecialtyId = c.SpecialtyId, Kind = c.Kind, Code = c.Code, NameKy = c.NameKy, NameRu = c.NameRu })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            Competency? competency = null;
            if (command.Id is { } id)
            {
                competency = await Own.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
                if (competency is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (competency is null)
            {
                competency = new Competency { CollegeId = db.Actor.CollegeId ?? Guid.Empty, Code = "", NameKy = "", NameRu = "" };
                db.Competencies.Add(competency);
            }
            else
            {
                db.ExpectVersion(competency, command.Version);
            }

            competency.SpecialtyId = command.SpecialtyId!.Value;
            competency.Kind = command.Kind;
            competency.Code = command.Code!.Trim();
            competency.NameKy = command.NameKy!.Trim();
            competency.NameRu = command.NameRu!.Trim();
            return await db.SaveAsync(() => competency.Id, cancellationToken);
        }
    }
}
