using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Appointments;

/// <summary>Corrects an enterprise order's particulars (number, date, head, basis). Its lines do not change: another
/// mentor is another order. A printed copy with the old number or date no longer verifies.</summary>
public static class EditEnterpriseOrder
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public string? OrderNumber { get; set; }
        public DateOnly? OrderDate { get; set; }
        public string? HeadName { get; set; }
        public string? HeadPosition { get; set; }
        public string? Basis { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<AppointmentResource> a, IStringLocalizer<SharedResource> l, TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            EnterpriseOrderRules.Add(this, c => c.OrderNumber, c => c.OrderDate, c => c.HeadName, c => c.HeadPosition, c => c.Basis, a, l, clock);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<AppointmentResource> a)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.EnterpriseOrders.AsNoTracking().Where(o => o.Id == id && o.EmployerId == db.Actor.EmployerId)
                .Select(o => new Command
                {
                    Id = o.Id, Version = o.Version, OrderNumber = o.Number, OrderDate = o.OrderDate, HeadName = o.HeadName,
                    HeadPosition = o.HeadPosition, Basis = o.Basis,
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            // The employer's own orders only: a college reads the orders of its placements but never edits them.
            var order = await db.EnterpriseOrders.SingleOrDefaultAsync(o => o.Id == command.Id && o.EmployerId == db.Actor.EmployerId, cancellationToken);
            if (order is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            var number = command.OrderNumber!.Trim();
            var date = command.OrderDate!.Value;
            if (await db.EnterpriseOrders.AnyAsync(o => o.Id != order.Id && o.Year == date.Year && o.Number == number, cancellationToken))
            {
                return FeatureResult.Invalid(nameof(Command.OrderNumber), a["Order_NumberTaken", date.Year]);
            }

            db.ExpectVersion(order, command.Version);
            var renumbered = order.Number != number || order.OrderDate != date;
            return await db.SaveAsync(async ct =>
            {
                order.Edit(number, date, command.HeadName!, command.HeadPosition!, command.Basis);
                if (renumbered)
                {
                    // The verification code names the number and date: the next print gets a new one.
                    var codes = await db.IssuedDocuments.Where(d => d.Kind == IssuedDocumentKind.EnterpriseOrder && d.EntityId == order.Id).ToListAsync(ct);
                    var ids = codes.Select(c => c.Id).ToList();
                    db.IssuedDocumentFiles.RemoveRange(await db.IssuedDocumentFiles.Where(f => ids.Contains(f.IssuedDocumentId)).ToListAsync(ct));
                    db.IssuedDocuments.RemoveRange(codes);
                }

                return null;
            }, () => order.Id, cancellationToken, new Refusals(a),
                saveFailed: e => e.IsUniqueViolation() ? FeatureResult.Invalid(nameof(Command.OrderNumber), a["Order_NumberTaken", date.Year]) : null);
        }
    }
}
