using FluentValidation;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Orders;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Orders;

/// <summary>Issues a draft with its number in the college's register for the year of its date: from then on the order
/// never changes.</summary>
public static class IssueOrder
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public int? Number { get; set; }
        public DateOnly? IssuedOn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<AgreementResource> al, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.IssuedOn).NotNull().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Number).NotNull().WithMessage(_ => l["Validation_Required"])
                .GreaterThan(0).WithMessage(_ => al["Order_NumberPositive"])
                .MustAsync(async (command, number, ct) => command.IssuedOn is null || !await db.Orders
                    .AnyAsync(o => o.Year == command.IssuedOn.Value.Year && o.Number == number && o.Id != command.Id, ct))
                .WithMessage(c => al["Order_NumberTaken", c.Number!, c.IssuedOn!.Value.Year]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> wl, IStringLocalizer<AgreementResource> al, TimeProvider clock)
    {
        /// <summary>The issue form of a draft: today's date and the next free number of this year.</summary>
        public async Task<Command> DefaultsAsync(Guid id, uint version, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(6)); // Bishkek
            return new Command
            {
                Id = id,
                Version = version,
                IssuedOn = today,
                Number = await db.NextOrderNumberAsync(db.Actor.CollegeId ?? Guid.Empty, today.Year, cancellationToken),
            };
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == command.Id, cancellationToken);
            if (order is null)
            {
                return FeatureResult.NotFound;
            }

            if (order.Status != Domain.Orders.OrderStatus.Draft)
            {
                return new WorkflowException("Order_IssuedCannotChange").ToResult(wl);
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            db.ExpectVersion(order, command.Version);
            var college = await db.Colleges.AsNoTracking().SingleAsync(c => c.Id == order.CollegeId, cancellationToken);
            return await db.SaveAsync(() =>
            {
                order.Issue(command.Number!.Value, command.IssuedOn!.Value, OrderIssuer.Of(college), by);
                return null;
            }, () => order.Id, cancellationToken, new Refusals(wl),
                // Another issuer took the number between the check and the save.
                saveFailed: ex => ex.IsUniqueViolation() ? FeatureResult.Invalid(nameof(Command.Number), al["Order_NumberTaken", command.Number!.Value, command.IssuedOn!.Value.Year]) : null);
        }
    }
}
