using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.WblForms;

/// <summary>The platform admin edits a form of the catalogue: its names and the rules that drive the workflows.
/// Forms are referenced by programmes and placements, so they are never added or deleted here, only deactivated.</summary>
public static class EditWblForm
{
    public sealed class Command
    {
        public int Id { get; set; }
        public string? Code { get; set; }
        public WblStage Stage { get; set; }
        public string? NameKy { get; set; }
        public string? NameRu { get; set; }
        public string? NameEn { get; set; }
        public bool IsFormal { get; set; }
        public bool NeedsEmployer { get; set; }
        public bool NeedsAgreement { get; set; }
        public bool NeedsMentor { get; set; }
        public bool NeedsDiary { get; set; }
        public bool WeeklyDiary { get; set; }
        public bool NeedsAssessment { get; set; }
        public bool IsLongTerm { get; set; }
        public int? TypicalDurationDays { get; set; }
        public int SortOrder { get; set; }
        public bool IsActive { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.NameKy).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.NameRu).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.NameEn).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Stage).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.TypicalDurationDays).InclusiveBetween(1, 1000).When(c => c.TypicalDurationDays is not null)
                .WithMessage(_ => l["Validation_Range", 1, 1000]);
            RuleFor(c => c.SortOrder).InclusiveBetween(0, 1000).WithMessage(_ => l["Validation_Range", 0, 1000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator)
    {
        public Task<Command?> LoadAsync(int id, CancellationToken cancellationToken) =>
            db.WblForms.AsNoTracking().Where(f => f.Id == id).Select(f => new Command
            {
                Id = f.Id, Code = f.Code, Stage = f.Stage, NameKy = f.NameKy, NameRu = f.NameRu, NameEn = f.NameEn, IsFormal = f.IsFormal,
                NeedsEmployer = f.NeedsEmployer, NeedsAgreement = f.NeedsAgreement, NeedsMentor = f.NeedsMentor, NeedsDiary = f.NeedsDiary, WeeklyDiary = f.WeeklyDiary,
                NeedsAssessment = f.NeedsAssessment, IsLongTerm = f.IsLongTerm, TypicalDurationDays = f.TypicalDurationDays,
                SortOrder = f.SortOrder, IsActive = f.IsActive,
            }).SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var form = await db.WblForms.SingleOrDefaultAsync(f => f.Id == command.Id, cancellationToken);
            if (form is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            form.Stage = command.Stage;
            form.NameKy = command.NameKy!.Trim();
            form.NameRu = command.NameRu!.Trim();
            form.NameEn = command.NameEn!.Trim();
            form.IsFormal = command.IsFormal;
            form.NeedsEmployer = command.NeedsEmployer;
            form.NeedsAgreement = command.NeedsAgreement;
            form.NeedsMentor = command.NeedsMentor;
            form.NeedsDiary = command.NeedsDiary;
            form.WeeklyDiary = command.WeeklyDiary;
            form.NeedsAssessment = command.NeedsAssessment;
            form.IsLongTerm = command.IsLongTerm;
            form.TypicalDurationDays = command.TypicalDurationDays;
            form.SortOrder = command.SortOrder;
            form.IsActive = command.IsActive;
            await db.SaveChangesAsync(cancellationToken);
            return FeatureResult.Done(Guid.Empty);
        }
    }
}
