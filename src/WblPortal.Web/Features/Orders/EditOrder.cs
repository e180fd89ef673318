using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Orders;

/// <summary>Changes a draft's title and basis. An issued order is refused (the domain and the context both refuse).</summary>
public static class EditOrder
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? Title { get; set; }
        public string? Basis { get; set; }
    }

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

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> wl)
    {
        public Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            db.Orders.AsNoTracking().Where(o => o.Id == id && o.Status == Domain.Orders.OrderStatus.Draft)
                .Select(o => new Command { Id = o.Id, Version = o.Version, Title = o.Title, Basis = o.Basis })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken);
            if (order is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            db.ExpectVersion(order, command.Version);
            return await db.SaveAsync(() =>
            {
                order.Edit(command.Title!, string.IsNullOrWhiteSpace(command.Basis) ? null : command.Basis.Trim());
                return null;
            }, () => order.Id, cancellationToken, new Refusals(wl));
        }
    }
}
