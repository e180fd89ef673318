using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>The text sections of a draft programme: 1 introduction, 2 goal, 3 procedure, 7 safety, the total study hours
/// (the denominator of the WBL share) and the mentor requirements.</summary>
public static class EditProgramme
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? SpecialtyCode { get; set; }
        public string? SpecialtyName { get; set; }
        public string? NormativeBasis { get; set; }
        public string? Goal { get; set; }
        public string? Procedure { get; set; }
        public string? SafetyRules { get; set; }
        public int? TotalStudyHours { get; set; }
        public EducationLevel? MentorMinEducationLevel { get; set; }
        public int? MentorMinYearsOfExperience { get; set; }
        public int? MentorMinSkillGrade { get; set; }
        public bool MentorPedagogicalTrainingRequired { get; set; }
        public string? MentorNotes { get; set; }

        // Joint assessments (Features/Assessments): the outcome scale and whether work-experience forms take a 2–5 grade.
        public Domain.Assessments.AssessmentScale AssessmentScale { get; set; } = Domain.Assessments.AssessmentScale.ThreeLevel;
        public bool UsesPracticeGrade { get; set; } = true;

        public static Command From(ProgrammeDetails.View p) => new()
        {
            Id = p.Id, Version = p.Version, SpecialtyCode = p.SpecialtyCode, SpecialtyName = p.SpecialtyName, NormativeBasis = p.NormativeBasis,
            Goal = p.Goal, Procedure = p.Procedure, SafetyRules = p.SafetyRules, TotalStudyHours = p.TotalStudyHours,
            MentorMinEducationLevel = p.MentorRequirements.MinEducationLevel, MentorMinYearsOfExperience = p.MentorRequirements.MinYearsOfExperience,
            MentorMinSkillGrade = p.MentorRequirements.MinSkillGrade, MentorPedagogicalTrainingRequired = p.MentorRequirements.PedagogicalTrainingRequired,
            MentorNotes = p.MentorRequirements.Notes,
            AssessmentScale = p.AssessmentScale, UsesPracticeGrade = p.UsesPracticeGrade,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.SpecialtyCode).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(20).WithMessage(_ => l["Validation_MaxLength", 20]);
            RuleFor(c => c.SpecialtyName).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.NormativeBasis).MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
            RuleFor(c => c.Goal).MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
            RuleFor(c => c.Procedure).MaximumLength(8000).WithMessage(_ => l["Validation_MaxLength", 8000]);
            RuleFor(c => c.SafetyRules).MaximumLength(8000).WithMessage(_ => l["Validation_MaxLength", 8000]);
            RuleFor(c => c.TotalStudyHours).NotNull().WithMessage(_ => l["Validation_Required"])
                .InclusiveBetween(0, 20000).WithMessage(_ => l["Validation_Range", 0, 20000]);
            RuleFor(c => c.MentorMinEducationLevel).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.MentorMinYearsOfExperience).InclusiveBetween(0, 60).WithMessage(_ => l["Validation_Range", 0, 60]);
            RuleFor(c => c.MentorMinSkillGrade).InclusiveBetween(1, 8).WithMessage(_ => l["Validation_Range", 1, 8]);
            RuleFor(c => c.MentorNotes).MaximumLength(2000).WithMessage(_ => l["Validation_MaxLength", 2000]);
            RuleFor(c => c.AssessmentScale).IsInEnum().WithMessage(_ => l["Validation_Required"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> workflow)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken);
            if (programme is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            try
            {
                programme.EnsureEditable();
            }
            catch (WorkflowException ex)
            {
                return ex.ToResult(workflow);
            }

            db.ExpectVersion(programme, command.Version);
            programme.SpecialtyCode = command.SpecialtyCode!.Trim();
            programme.SpecialtyName = command.SpecialtyName!.Trim();
            programme.NormativeBasis = Clean(command.NormativeBasis);
            programme.Goal = Clean(command.Goal);
            programme.Procedure = Clean(command.Procedure);
            programme.SafetyRules = Clean(command.SafetyRules);
            programme.TotalStudyHours = command.TotalStudyHours!.Value;
            programme.MentorRequirements = new MentorRequirements
            {
                MinEducationLevel = command.MentorMinEducationLevel,
                MinYearsOfExperience = command.MentorMinYearsOfExperience,
                MinSkillGrade = command.MentorMinSkillGrade,
                PedagogicalTrainingRequired = command.MentorPedagogicalTrainingRequired,
                Notes = Clean(command.MentorNotes),
            };
            programme.AssessmentScale = command.AssessmentScale;
            programme.UsesPracticeGrade = command.UsesPracticeGrade;
            return await db.SaveAsync(() => programme.Id, cancellationToken);
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
