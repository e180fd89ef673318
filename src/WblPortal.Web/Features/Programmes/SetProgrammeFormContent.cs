using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>Sections 6 and 8 for one WBL form of a draft programme: thematic content, specific outcomes, work environment,
/// and the rules for assessing and recognizing its results (a second entry for the same form replaces the first).</summary>
public static class SetProgrammeFormContent
{
    public sealed class Command
    {
        public int? FormId { get; set; }
        public string? Themes { get; set; }
        public string? SpecificOutcomes { get; set; }
        public string? WorkEnvironment { get; set; }
        public string? AssessmentRules { get; set; }
        public string? RecognitionRules { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.FormId).NotNull().WithMessage(_ => l["Validation_Required"])
                .MustAsync((id, ct) => db.WblForms.AnyAsync(f => f.Id == id, ct)).WithMessage(_ => l["Validation_NotFound"]);
            RuleFor(c => c.Themes).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(8000).WithMessage(_ => l["Validation_MaxLength", 8000]);
            RuleFor(c => c.SpecificOutcomes).MaximumLength(8000).WithMessage(_ => l["Validation_MaxLength", 8000]);
            RuleFor(c => c.WorkEnvironment).MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
            RuleFor(c => c.AssessmentRules).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
            RuleFor(c => c.RecognitionRules).MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> workflow)
    {
        public async Task<FeatureResult> HandleAsync(Guid programmeId, Command command, CancellationToken cancellationToken)
        {
            var programme = await db.Programmes.Include(p => p.FormContents).SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken);
            if (programme is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            return await db.SaveAsync(() =>
            {
                programme.SetFormContent(command.FormId!.Value, Clean(command.Themes), Clean(command.SpecificOutcomes), Clean(command.WorkEnvironment),
                    Clean(command.AssessmentRules), Clean(command.RecognitionRules));
                return null;
            }, () => programme.Id, cancellationToken, new Refusals(workflow));
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
