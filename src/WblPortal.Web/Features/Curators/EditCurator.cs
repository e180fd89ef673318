using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Curators;

/// <summary>Create or edit a curator of the actor's college.</summary>
public static class EditCurator
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public string? FullName { get; set; }
        public string? Position { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.FullName).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Position).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Email).MaximumLength(256).WithMessage(_ => l["Validation_MaxLength", 256])
                .EmailAddress().WithMessage(_ => l["Validation_Email"])
                .When(c => !string.IsNullOrWhiteSpace(c.Email));
            RuleFor(c => c.Phone).Must(p => Identifiers.NormalizePhone(p) is not null).WithMessage(_ => l["Validation_Phone"])
                .When(c => !string.IsNullOrWhiteSpace(c.Phone));
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Curators.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new Command { Id = c.Id, Version = c.Version, FullName = c.FullName, Position = c.Position, Email = c.Email, Phone = c.Phone })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            Curator? curator = null;
            if (command.Id is { } id)
            {
                curator = await db.Curators.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
                if (curator is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (curator is null)
            {
                curator = new Curator { CollegeId = db.Actor.CollegeId ?? Guid.Empty, FullName = "", Position = "" };
                db.Curators.Add(curator);
            }
            else
            {
                db.ExpectVersion(curator, command.Version);
            }

            curator.FullName = command.FullName!.Trim();
            curator.Position = command.Position!.Trim();
            curator.Email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
            curator.Phone = Identifiers.NormalizePhone(command.Phone);

            return await db.SaveAsync(() => curator.Id, cancellationToken);
        }
    }
}
