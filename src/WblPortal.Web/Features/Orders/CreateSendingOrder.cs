using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Orders;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Orders;

/// <summary>A draft order sending a confirmed placement's learners to its employer; the lines keep the learners' names
/// and groups, the employer, form, dates and curator as they are today.</summary>
public static class CreateSendingOrder
{
    public sealed class Command
    {
        public Guid PlacementId { get; set; }
        public string? Title { get; set; }
        public string? Basis { get; set; }

        /// <summary>What the form shows about the placement (filled by <see cref="Handler.LoadChoicesAsync"/>).</summary>
        [BindNever, ValidateNever] public Summary? Placement { get; set; }
    }

    /// <summary>What the form shows about the placement.</summary>
    public sealed record Summary(Guid PlacementId, string? EmployerName, string FormName, DateOnly StartDate, DateOnly EndDate, int Learners);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Title).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(500).WithMessage(_ => l["Validation_MaxLength", 500]);
            RuleFor(c => c.Basis).MaximumLength(2000).WithMessage(_ => l["Validation_MaxLength", 2000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> wl, IStringLocalizer<AgreementResource> al)
    {
        private async Task<Summary?> SummaryAsync(Guid placementId, CancellationToken cancellationToken)
        {
            var row = await db.Placements.AsNoTracking().Where(p => p.Id == placementId)
                .Select(p => new { p.Id, Employer = p.Employer!.Name, p.Form!.NameKy, p.Form.NameRu, p.Form.NameEn, p.StartDate, p.EndDate, Count = p.Learners.Count })
                .SingleOrDefaultAsync(cancellationToken);
            return row is null ? null
                : new Summary(row.Id, row.Employer, LocalizedName.Pick(row.NameKy, row.NameRu, row.NameEn, CultureInfo.CurrentUICulture.Name),
                    row.StartDate, row.EndDate, row.Count);
        }

        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.Placement = await SummaryAsync(command.PlacementId, cancellationToken);

        /// <summary>The form filled with the usual title and basis in the user's language.</summary>
        public async Task<Command?> DefaultsAsync(Guid placementId, CancellationToken cancellationToken)
        {
            var summary = await SummaryAsync(placementId, cancellationToken);
            return summary is null ? null : new Command
            {
                PlacementId = placementId,
                Placement = summary,
                Title = al["Order_SendingTitleFormat", summary.EmployerName ?? "", summary.FormName],
                Basis = al["Order_SendingBasisDefault"],
            };
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var placement = await db.Placements.Include(p => p.Learners).SingleOrDefaultAsync(p => p.Id == command.PlacementId, cancellationToken);
            if (placement is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var learnerIds = placement.Learners.Select(l => l.LearnerId).ToList();
            var learners = await db.Learners.AsNoTracking().Where(l => learnerIds.Contains(l.Id))
                .OrderBy(l => l.LastName).ThenBy(l => l.FirstName).ToListAsync(cancellationToken);
            var groupIds = learners.Select(l => l.GroupId).Distinct().ToList();
            var groups = await db.StudyGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
            var employer = await db.Employers.AsNoTracking().Where(e => e.Id == placement.EmployerId).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken);
            var form = await db.WblForms.AsNoTracking().SingleAsync(f => f.Id == placement.FormId, cancellationToken);
            var curator = await db.Curators.AsNoTracking().Where(c => c.Id == placement.CuratorId).Select(c => c.FullName).SingleOrDefaultAsync(cancellationToken);
            Order? order = null;
            return await db.SaveAsync(() =>
            {
                order = Order.ForSending(placement, learners, groups, employer,
                    LocalizedName.Pick(form.NameKy, form.NameRu, form.NameEn, CultureInfo.CurrentUICulture.Name), curator ?? "",
                    command.Title!.Trim(), string.IsNullOrWhiteSpace(command.Basis) ? null : command.Basis.Trim());
                db.Orders.Add(order);
                return null;
            }, () => order!.Id, cancellationToken, new Refusals(wl));
        }
    }
}
