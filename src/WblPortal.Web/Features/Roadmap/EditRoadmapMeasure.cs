using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Roadmap;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Roadmap;

/// <summary>The ministry sets a measure's status (planned / in progress / done / overdue) and a note.</summary>
public static class EditRoadmapMeasure
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
        public RoadmapStatus? Status { get; set; }
        public string? Note { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Status).NotNull().WithMessage(_ => l["Validation_Required"]).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Note).MaximumLength(2000).WithMessage(_ => l["Validation_MaxLength", 2000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.RoadmapMeasures.AsNoTracking().Where(m => m.Id == id)
                .Select(m => new Command { Id = m.Id, Version = m.Version, Status = m.Status, Note = m.Note })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var by = WorkflowUser.From(db.Actor);
            var measure = await db.RoadmapMeasures.SingleOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
            if (measure is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            db.ExpectVersion(measure, command.Version);
            measure.Update(command.Status!.Value, command.Note, by.Name, clock.GetUtcNow());
            return await db.SaveAsync(() => measure.Id, cancellationToken);
        }
    }
}
