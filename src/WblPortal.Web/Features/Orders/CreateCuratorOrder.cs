using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Orders;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Orders;

/// <summary>A draft order assigning to each chosen group the curator the group has.</summary>
public static class CreateCuratorOrder
{
    public sealed class Command
    {
        public string? Title { get; set; }
        public string? Basis { get; set; }
        public List<Guid> GroupIds { get; set; } = [];

        /// <summary>The actor's groups that have a curator (filled by <see cref="Handler.LoadChoicesAsync"/>).</summary>
        [BindNever, ValidateNever] public IReadOnlyList<GroupChoice> Groups { get; set; } = [];
    }

    public sealed record GroupChoice(Guid Id, string Name, string Curator);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<AgreementResource> al)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Title).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(500).WithMessage(_ => l["Validation_MaxLength", 500]);
            RuleFor(c => c.Basis).MaximumLength(2000).WithMessage(_ => l["Validation_MaxLength", 2000]);
            RuleFor(c => c.GroupIds).NotEmpty().WithMessage(_ => al["Order_ChooseGroups"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> wl)
    {
        /// <summary>The actor's groups that have a curator.</summary>
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.Groups = await db.StudyGroups.AsNoTracking().Where(g => g.CuratorId != null).OrderBy(g => g.Name)
                .Select(g => new GroupChoice(g.Id, g.Name, g.Curator!.FullName)).ToListAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var groups = await db.StudyGroups.Include(g => g.Curator).Where(g => command.GroupIds.Contains(g.Id) && g.CuratorId != null)
                .OrderBy(g => g.Name).ToListAsync(cancellationToken);
            if (groups.Count != command.GroupIds.Distinct().Count())
            {
                return FeatureResult.NotFound;
            }

            Order? order = null;
            return await db.SaveAsync(() =>
            {
                order = Order.ForCuratorAssignment(db.Actor.CollegeId ?? Guid.Empty, groups.Select(g => (g, g.Curator!)), command.Title!.Trim(),
                    string.IsNullOrWhiteSpace(command.Basis) ? null : command.Basis.Trim());
                db.Orders.Add(order);
                return null;
            }, () => order!.Id, cancellationToken, new Refusals(wl));
        }
    }
}
