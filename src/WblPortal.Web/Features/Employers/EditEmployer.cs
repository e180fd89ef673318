using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Features.ReferenceData;

namespace WblPortal.Web.Features.Employers;

/// <summary>Create or edit an employer: the platform admin any employer, an employer admin its own profile
/// (<c>Actor.CanWrite</c> refuses anything else with 403).</summary>
public static class EditEmployer
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public string? Name { get; set; }
        public string? Inn { get; set; }
        public EconomicSector Sector { get; set; } = EconomicSector.Services;
        public int RegionId { get; set; }
        public string? Address { get; set; }
        public string? ContactPerson { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }

        // The form's choices: filled by Handler.LoadChoicesAsync, never bound from the request.
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Sectors { get; set; } = [];
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Regions { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Name).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.Inn).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .Must(inn => Identifiers.IsInn(inn!.Trim())).WithMessage(_ => l["Validation_Inn"])
                // ИНН is unique across all employers, most of which the actor cannot read: the existence check
                // bypasses the tenant filter by name and returns no data.
                .MustAsync(async (command, inn, ct) => !await db.Employers.IgnoreQueryFilters([WblDbContext.TenantFilter])
                    .AnyAsync(e => e.Inn == inn!.Trim() && e.Id != command.Id, ct))
                .WithMessage(_ => l["Validation_InnTaken"]);
            RuleFor(c => c.Sector).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.RegionId).MustAsync((id, ct) => db.Regions.AnyAsync(r => r.Id == id, ct))
                .WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.Address).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.ContactPerson).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Phone).Must(p => Identifiers.NormalizePhone(p) is not null)
                .When(c => !string.IsNullOrWhiteSpace(c.Phone)).WithMessage(_ => l["Validation_Phone"]);
            RuleFor(c => c.Email).MaximumLength(256).WithMessage(_ => l["Validation_MaxLength", 256])
                .EmailAddress().WithMessage(_ => l["Validation_Email"])
                .When(c => !string.IsNullOrWhiteSpace(c.Email));
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, ReferenceChoices.Handler choices)
    {
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken)
        {
            command.Sectors = choices.Sectors();
            command.Regions = await choices.RegionsAsync(cancellationToken);
        }

        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Employers.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new Command
                {
                    Id = e.Id, Version = e.Version, Name = e.Name, Inn = e.Inn, Sector = e.Sector, RegionId = e.RegionId,
                    Address = e.Address, ContactPerson = e.ContactPerson, Phone = e.Phone, Email = e.Email,
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            Employer? employer = null;
            if (command.Id is { } id)
            {
                employer = await db.Employers.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
                if (employer is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (employer is null)
            {
                employer = new Employer { Name = "", Inn = "", Address = "", ContactPerson = "" };
                db.Employers.Add(employer);
            }
            else
            {
                db.ExpectVersion(employer, command.Version);
            }

            employer.Name = command.Name!.Trim();
            employer.Inn = command.Inn!.Trim();
            employer.Sector = command.Sector;
            employer.RegionId = command.RegionId;
            employer.Address = command.Address!.Trim();
            employer.ContactPerson = command.ContactPerson!.Trim();
            employer.Phone = Identifiers.NormalizePhone(command.Phone);
            employer.Email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();

            return await db.SaveAsync(() => employer.Id, cancellationToken);
        }
    }
}
