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

        /// <summary>Set when the specialty already has a programme for the chosen year: the form then offers to open it, or to
        /// start one for the first free year after it. Filled by <see cref="Handler.LoadChoicesAsync"/>.</summary>
        [BindNever, ValidateNever] public YearTaken? Taken { get; set; }
    }

    /// <summary>The programme that holds the chosen year, and the first later year the specialty has no programme for.</summary>
    public sealed record YearTaken(Guid ProgrammeId, int Year, int FirstFreeYear);

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
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken)
        {
            command.Specialties = await ListCompetencies.SpecialtyChoicesAsync(db, command.SpecialtyId, cancellationToken);
            command.Taken = await TakenAsync(command, cancellationToken);
        }

        private async Task<YearTaken?> TakenAsync(Command command, CancellationToken cancellationToken)
        {
            if (command.SpecialtyId is not { } specialtyId || command.AcademicYear is not { } year)
            {
                return null;
            }

            var later = await db.Programmes.AsNoTracking().Where(p => p.SpecialtyId == specialtyId && p.AcademicYear >= year)
                .OrderBy(p => p.AcademicYear).ThenByDescending(p => p.Revision).Select(p => new { p.Id, p.AcademicYear }).ToListAsync(cancellationToken);
            var taken = later.FirstOrDefault(p => p.AcademicYear == year);
            if (taken is null)
            {
                return null;
            }

            var free = year;
            while (later.Any(p => p.AcademicYear == free))
            {
                free++;
            }

            return new YearTaken(taken.Id, year, free);
        }

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
