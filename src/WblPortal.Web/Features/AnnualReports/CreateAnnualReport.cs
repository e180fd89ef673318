using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.AnnualReports;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.AnnualReports;

/// <summary>The college starts its report for an academic year (one per year).</summary>
public static class CreateAnnualReport
{
    public sealed class Command
    {
        public int? AcademicYear { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<ReportResource> r, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.AcademicYear).NotNull().WithMessage(_ => l["Validation_Required"])
                .InclusiveBetween(2020, 2100).WithMessage(_ => r["AnnualReport_InvalidYear"])
                .MustAsync((year, ct) => db.AnnualReports.AllAsync(x => x.CollegeId != db.Actor.CollegeId || x.AcademicYear != year, ct))
                .WithMessage(_ => r["AnnualReport_YearTaken"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<ReportResource> r, TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            AnnualReport? report = null;
            return await db.SaveAsync(() =>
            {
                report = AnnualReport.Create(db.Actor.CollegeId!.Value, command.AcademicYear!.Value, by, clock.GetUtcNow());
                db.AnnualReports.Add(report);
                return null;
            }, () => report!.Id, cancellationToken, new Refusals(r, _ => nameof(Command.AcademicYear)),
                saveFailed: e => e.IsUniqueViolation() ? FeatureResult.Invalid(nameof(Command.AcademicYear), r["AnnualReport_YearTaken"]) : null);
        }
    }
}
