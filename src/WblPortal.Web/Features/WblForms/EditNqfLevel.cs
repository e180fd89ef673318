using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.WblForms;

/// <summary>The platform admin sets an NQF level's minimum WBL share (percent of a programme's study hours).</summary>
public static class EditNqfLevel
{
    public sealed class Command
    {
        public int Id { get; set; }
        public int Level { get; set; }
        /// <summary>Text, so that "40.5" and "40,5" are read alike whatever the UI culture's decimal separator.</summary>
        public string? MinWblSharePercent { get; set; }

        public decimal? Parsed => decimal.TryParse(MinWblSharePercent?.Trim().Replace(',', '.'), System.Globalization.NumberStyles.Number,
            System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.MinWblSharePercent).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .Must((c, _) => c.Parsed is >= 0m and <= 100m).WithMessage(_ => l["Validation_Range", 0, 100]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator)
    {
        public async Task<Command?> LoadAsync(int id, CancellationToken cancellationToken)
        {
            var level = await db.NqfLevels.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
            return level is null ? null : new Command
            {
                Id = level.Id, Level = level.Level,
                MinWblSharePercent = level.MinWblSharePercent.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var level = await db.NqfLevels.SingleOrDefaultAsync(n => n.Id == command.Id, cancellationToken);
            if (level is null)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            level.MinWblSharePercent = Math.Round(command.Parsed!.Value, 2);
            await db.SaveChangesAsync(cancellationToken);
            return FeatureResult.Done(Guid.Empty);
        }
    }
}
