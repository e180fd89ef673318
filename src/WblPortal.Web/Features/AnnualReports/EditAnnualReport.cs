using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The college writes the narrative: achievements, problems, recommendations for WBL and for the programme.
/// Only while a draft or returned by the ministry; only the college's own report (an employer's or the ministry's
/// view of it is not enough).</summary>
public static class EditAnnualReport
{
    public const int MaxLength = 8000;

    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Achievements { get; set; }
        public string? Problems { get; set; }
        public string? WblRecommendations { get; set; }
        public string? ProgrammeRecommendations { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Achievements).MaximumLength(MaxLength).WithMessage(_ => l["Validation_MaxLength", MaxLength]);
            RuleFor(c => c.Problems).MaximumLength(MaxLength).WithMessage(_ => l["Validation_MaxLength", MaxLength]);
            RuleFor(c => c.WblRecommendations).MaximumLength(MaxLength).WithMessage(_ => l["Validation_MaxLength", MaxLength]);
            RuleFor(c => c.ProgrammeRecommendations).MaximumLength(MaxLength).WithMessage(_ => l["Validation_MaxLength", MaxLength]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<ReportResource> r, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var report = await db.AnnualReports.SingleOrDefaultAsync(x => x.Id == command.Id && x.CollegeId == db.Actor.CollegeId, cancellationToken);
            if (report is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            db.ExpectVersion(report, command.Version);
            return await db.SaveAsync(() =>
            {
                report.EditNarrative(command.Achievements, command.Problems, command.WblRecommendations, command.ProgrammeRecommendations, by, clock.GetUtcNow());
                return null;
            }, () => report.Id, cancellationToken, new Refusals(r));
        }
    }
}
