using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Assessments;
using WblPortal.Domain.Common;
using WblPortal.Domain.Diaries;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;

namespace WblPortal.Web.Features.Diaries;

/// <summary>The mentor's reference (мүнөздөмө) on a learner at the end of a placement: the placement's mentor writes it,
/// saves it as a draft as often as they like and submits it; the submitted reference is read (never changed) by the
/// college, the employer and the learner, and printed as a document.</summary>
public static class WriteReference
{
    public sealed class Command
    {
        public Guid PlacementLearnerId { get; set; }
        public uint? Version { get; set; }
        public string? Attitude { get; set; }
        public string? Skills { get; set; }
        public string? Discipline { get; set; }
        public string? Recommendations { get; set; }
        public OutcomeLevel? Level { get; set; }
        public int? Grade { get; set; }

        /// <summary>Submit (lock) rather than save the draft.</summary>
        public bool Submit { get; set; }

        [BindNever, ValidateNever]
        public IReadOnlyList<OutcomeLevel> Levels { get; set; } = [];

        [BindNever, ValidateNever]
        public bool GradeRequired { get; set; }
    }

    /// <summary>The reference page: the diary's header, the reference as the reader may see it (a draft only for its
    /// mentor), and the form when the reader is the placement's mentor and may still write it.</summary>
    public sealed record Page(DiaryDetails.Header Header, MentorReference? Reference, Command? Form, DateOnly? WritableFrom);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Attitude).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(MentorReference.MaxSectionLength).WithMessage(_ => l["Validation_MaxLength", MentorReference.MaxSectionLength]);
            RuleFor(c => c.Skills).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(MentorReference.MaxSectionLength).WithMessage(_ => l["Validation_MaxLength", MentorReference.MaxSectionLength]);
            RuleFor(c => c.Discipline).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(MentorReference.MaxSectionLength).WithMessage(_ => l["Validation_MaxLength", MentorReference.MaxSectionLength]);
            RuleFor(c => c.Recommendations)
                .MaximumLength(MentorReference.MaxSectionLength).WithMessage(_ => l["Validation_MaxLength", MentorReference.MaxSectionLength]);
            RuleFor(c => c.Level).NotNull().WithMessage(_ => l["Validation_Required"]).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Grade).InclusiveBetween(2, 5).When(c => c.Grade is not null).WithMessage(_ => l["Validation_Range", 2, 5]);
        }
    }

    public sealed class Handler(WblDbContext db, DiaryDetails.Handler details, IValidator<Command> validator, IStringLocalizer<DiaryResource> d,
        TimeProvider clock)
    {
        public async Task<Page?> LoadAsync(Guid placementLearnerId, DiaryMode mode, CancellationToken cancellationToken)
        {
            var header = await details.HeaderAsync(placementLearnerId, cancellationToken);
            if (header is null)
            {
                return null;
            }

            var reference = await db.MentorReferences.AsNoTracking().SingleOrDefaultAsync(r => r.PlacementLearnerId == placementLearnerId, cancellationToken);
            if (mode != DiaryMode.Mentor || reference is { IsSubmitted: true })
            {
                return new Page(header, reference, null, null);
            }

            var rules = await RulesAsync(header.PlacementId, cancellationToken);
            var form = new Command
            {
                PlacementLearnerId = placementLearnerId,
                Version = reference?.Version,
                Attitude = reference?.Attitude,
                Skills = reference?.Skills,
                Discipline = reference?.Discipline,
                Recommendations = reference?.Recommendations,
                Level = reference?.RecommendedLevel,
                Grade = reference?.RecommendedGrade,
            };
            Fill(form, reference?.Scale ?? rules.Scale, reference?.GradeRequired ?? rules.GradeRequired);
            var writable = MentorReference.CanWrite(rules.Placement, clock.BishkekToday()) && rules.Placement.MentorId == db.Actor.MentorId;
            return new Page(header, reference, writable ? form : null, writable ? null : rules.Placement.EndDate.AddDays(-Assessment.DaysBeforeEndToStart));
        }

        /// <summary>The form posted again after a refusal: its choice lists.</summary>
        public async Task<Page?> FormAsync(Command command, CancellationToken cancellationToken)
        {
            var page = await LoadAsync(command.PlacementLearnerId, DiaryMode.Mentor, cancellationToken);
            if (page?.Form is not { } loaded)
            {
                return page;
            }

            Fill(command, loaded.Levels, loaded.GradeRequired);
            return page with { Form = command };
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var workspace = await DiaryWorkspace.LoadAsync(db, command.PlacementLearnerId, false, cancellationToken);
            if (workspace is null)
            {
                return FeatureResult.NotFound;
            }

            var reference = await db.MentorReferences.SingleOrDefaultAsync(r => r.PlacementLearnerId == command.PlacementLearnerId, cancellationToken);
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var text = new MentorReferenceText(command.Attitude, command.Skills, command.Discipline, command.Recommendations, command.Level, command.Grade);
            var refusals = new Refusals(d, key => key switch
            {
                "Reference_LevelOutOfScale" => nameof(Command.Level),
                "Reference_GradeOutOfRange" or "Reference_NoGrade" => nameof(Command.Grade),
                _ => "",
            });
            if (reference is not null)
            {
                return await db.ChangeAsync(reference, command.Version ?? reference.Version, r =>
                {
                    r.Edit(text, command.Submit, db.Actor.MentorId, by, clock.GetUtcNow());
                    return null;
                }, cancellationToken, refusals, doneId: _ => command.PlacementLearnerId);
            }

            var rules = await RulesAsync(workspace.Placement.Id, cancellationToken);
            return await db.SaveAsync(() =>
            {
                db.MentorReferences.Add(MentorReference.Write(workspace.Learner, workspace.Placement, db.Actor.MentorId, rules.Scale, rules.GradeRequired,
                    text, command.Submit, clock.BishkekToday(), by, clock.GetUtcNow()));
                return null;
            }, () => command.PlacementLearnerId, cancellationToken, refusals,
                saveFailed: ex => ex.IsUniqueViolation() ? FeatureResult.Conflict : null);
        }

        private sealed record Rules(Placement Placement, AssessmentScale Scale, bool GradeRequired);

        /// <summary>The placement and the scale its assessment uses (the programme's scale; the 2–5 grade for the forms
        /// that take it, as <see cref="Assessment.Start"/> decides), read through the placement found in scope.</summary>
        private async Task<Rules> RulesAsync(Guid placementId, CancellationToken cancellationToken)
        {
            var placement = await db.Placements.AsNoTracking().SingleAsync(p => p.Id == placementId, cancellationToken);
            var programme = await db.Programmes.ReadThroughCollegeOf(placement).Where(p => p.Id == placement.ProgrammeId)
                .Select(p => new { p.AssessmentScale, p.UsesPracticeGrade }).SingleAsync(cancellationToken);
            var form = await db.WblForms.AsNoTracking().SingleAsync(f => f.Id == placement.FormId, cancellationToken);
            return new Rules(placement, programme.AssessmentScale, programme.UsesPracticeGrade && Assessment.TakesPracticeGrade(form));
        }

        private static void Fill(Command command, AssessmentScale scale, bool gradeRequired) => Fill(command, Assessment.LevelsOf(scale), gradeRequired);

        private static void Fill(Command command, IReadOnlyList<OutcomeLevel> levels, bool gradeRequired)
        {
            command.Levels = levels;
            command.GradeRequired = gradeRequired;
        }
    }
}
