using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Employers;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.EmployerSites;

/// <summary>Create or edit one of the employer's sites (workshop, department, branch) and how many learners it takes
/// at a time.</summary>
public static class EditSite
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public string? Name { get; set; }
        public int? Capacity { get; set; }
        public string? Address { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<GraduateResource> g)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Name).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Capacity).NotNull().WithMessage(_ => l["Validation_Required"])
                .InclusiveBetween(1, 10000).WithMessage(_ => g["Site_CapacityRange"]);
            RuleFor(c => c.Address).MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<GraduateResource> g)
    {
        public Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            db.EmployerSites.AsNoTracking().Where(s => s.Id == id && s.EmployerId == db.Actor.EmployerId)
                .Select(s => new Command { Id = s.Id, Version = s.Version, Name = s.Name, Capacity = s.Capacity, Address = s.Address })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            EmployerSite? site = null;
            if (command.Id is { } id)
            {
                site = await db.EmployerSites.SingleOrDefaultAsync(s => s.Id == id && s.EmployerId == db.Actor.EmployerId, cancellationToken);
                if (site is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (site is null)
            {
                site = new EmployerSite { EmployerId = db.Actor.EmployerId ?? Guid.Empty, Name = "" };
                db.EmployerSites.Add(site);
            }
            else
            {
                db.ExpectVersion(site, command.Version);
            }

            site.Name = command.Name!.Trim();
            site.Capacity = command.Capacity!.Value;
            site.Address = string.IsNullOrWhiteSpace(command.Address) ? null : command.Address.Trim();
            return await db.SaveAsync(() => site.Id, cancellationToken,
                saveFailed: e => e.IsUniqueViolation() ? FeatureResult.Invalid(nameof(Command.Name), g["Site_NameTaken"]) : null);
        }
    }
}
