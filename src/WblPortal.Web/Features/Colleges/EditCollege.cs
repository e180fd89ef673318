using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Colleges;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Features.ReferenceData;

namespace WblPortal.Web.Features.Colleges;

/// <summary>The platform admin creates or edits a college or lyceum.</summary>
public static class EditCollege
{
    public sealed class Command
    {
        public Guid? Id { get; set; }
        public uint Version { get; set; }
        public string? NameKy { get; set; }
        public string? NameRu { get; set; }
        public string? NameEn { get; set; }
        public CollegeKind Kind { get; set; } = CollegeKind.College;
        public int RegionId { get; set; }
        public string? City { get; set; }
        public string? Address { get; set; }
        public string? DirectorName { get; set; }
        public Guid? MinistryId { get; set; }
        public List<int> NqfLevelIds { get; set; } = [];

        // The form's choices: filled by Handler.LoadChoicesAsync, never bound from the request.
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Kinds { get; set; } = [];
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Regions { get; set; } = [];
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> NqfLevels { get; set; } = [];
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Ministries { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, WblDbContext db)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.NameKy).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300])
                .MustAsync(async (command, name, ct) => !await db.Colleges.IgnoreQueryFilters([WblDbContext.TenantFilter])
                    .AnyAsync(c => c.NameKy == name!.Trim() && c.Id != command.Id, ct))
                .WithMessage(_ => l["Validation_NameTaken"]);
            RuleFor(c => c.NameRu).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.NameEn).MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.RegionId).MustAsync((id, ct) => db.Regions.AnyAsync(r => r.Id == id, ct))
                .WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.City).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(100).WithMessage(_ => l["Validation_MaxLength", 100]);
            RuleFor(c => c.Address).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(300).WithMessage(_ => l["Validation_MaxLength", 300]);
            RuleFor(c => c.DirectorName).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.MinistryId).MustAsync((id, ct) => db.Ministries.AnyAsync(m => m.Id == id, ct))
                .When(c => c.MinistryId is not null).WithMessage(_ => l["Validation_NotFound"]);
            RuleFor(c => c.NqfLevelIds).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MustAsync(async (ids, ct) => await db.NqfLevels.CountAsync(n => ids.Contains(n.Id), ct) == ids.Distinct().Count())
                .WithMessage(_ => l["Validation_NotFound"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, ReferenceChoices.Handler choices)
    {
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken)
        {
            command.Kinds = choices.CollegeKinds();
            command.Regions = await choices.RegionsAsync(cancellationToken);
            command.NqfLevels = await choices.NqfLevelsAsync(withNumber: true, cancellationToken);
            command.Ministries = await choices.MinistriesAsync(cancellationToken);
        }

        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Colleges.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new Command
                {
                    Id = c.Id, Version = c.Version, NameKy = c.NameKy, NameRu = c.NameRu, NameEn = c.NameEn, Kind = c.Kind,
                    RegionId = c.RegionId, City = c.City, Address = c.Address, DirectorName = c.DirectorName, MinistryId = c.MinistryId,
                    NqfLevelIds = c.NqfLevels.Select(n => n.Id).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            College? college = null;
            if (command.Id is { } id)
            {
                college = await db.Colleges.Include(c => c.NqfLevels).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
                if (college is null)
                {
                    return FeatureResult.NotFound;
                }
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            if (college is null)
            {
                college = new College { NameKy = "", NameRu = "", City = "", Address = "", DirectorName = "" };
                db.Colleges.Add(college);
            }
            else
            {
                db.ExpectVersion(college, command.Version);
            }

            college.NameKy = command.NameKy!.Trim();
            college.NameRu = command.NameRu!.Trim();
            college.NameEn = string.IsNullOrWhiteSpace(command.NameEn) ? null : command.NameEn.Trim();
            college.Kind = command.Kind;
            college.RegionId = command.RegionId;
            college.City = command.City!.Trim();
            college.Address = command.Address!.Trim();
            college.DirectorName = command.DirectorName!.Trim();
            college.MinistryId = command.MinistryId;
            var wanted = command.NqfLevelIds.Distinct().ToList();
            college.NqfLevels.RemoveAll(n => !wanted.Contains(n.Id));
            var missing = wanted.Except(college.NqfLevels.Select(n => n.Id)).ToList();
            college.NqfLevels.AddRange(await db.NqfLevels.Where(n => missing.Contains(n.Id)).ToListAsync(cancellationToken));

            return await db.SaveAsync(() => college.Id, cancellationToken);
        }
    }
}
