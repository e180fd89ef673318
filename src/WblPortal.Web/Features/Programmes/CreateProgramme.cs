using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Features.Competencies;

namespace WblPortal.Web.Features.Programmes;

/// <summary>Start a draft WBL programme for one of the college's specialties and an academic year.</summary>
public static class CreateProgramme
{
    public sealed class Command
    {
        public Guid? SpecialtyId { get; set; }

        /// <summary>The first calendar year of the academic year (2025 = 2025–2026).</summary>
        public int? AcademicYear { get; set; }

        /// <summary>The form's choice: filled by <see cref="Handler.LoadChoicesAsync"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Specialties { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<ProgrammeResource> p, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.SpecialtyId).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.Specialties.AnyAsync(s => s.Id == id, ct)).WithMessage(_ => l["Validation_NotFound"]);
            RuleFor(c => c.AcademicYear).NotNull().WithMessage(_ => l["Validation_Required"])
                .InclusiveBetween(2000, 2100).WithMessage(_ => l["Validation_Range", 2000, 2100])
                .MustAsync(async (c, year, ct) => !await db.Programmes.AnyAsync(x => x.SpecialtyId == c.SpecialtyId && x.AcademicYear == year, ct))
                .WithMessage(_ => p["Programme_YearTaken"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.Specialties = await ListCompetencies.SpecialtyChoicesAsync(db, command.SpecialtyId, cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var specialty = await db.Specialties.SingleAsync(s => s.Id == command.SpecialtyId, cancellationToken);
            var programme = WblProgramme.Create(specialty, command.AcademicYear!.Value);
            var by = WorkflowUser.From(db.Actor);
            programme.History.Add(new ProgrammeHistoryEntry
            {
                ProgrammeId = programme.Id, CollegeId = programme.CollegeId, Action = "Create", ToStatus = nameof(ProgrammeStatus.Draft),
                UserId = by.UserId, UserName = by.Name, At = clock.GetUtcNow(),
            });
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(cancellationToken);
            return FeatureResult.Done(programme.Id);
        }
    }
}
