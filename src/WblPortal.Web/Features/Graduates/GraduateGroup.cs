using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;
using WblPortal.Web.Infrastructure;

namespace WblPortal.Web.Features.Graduates;

/// <summary>The college records a group's graduation: every learner of the group gets the graduation date (a
/// learner's own date can still be changed on their record by graduating the group again or clearing it).</summary>
public static class GraduateGroup
{
    public sealed class Command
    {
        public Guid? GroupId { get; set; }
        public DateOnly? GraduatedOn { get; set; }

        /// <summary>Clears the graduation date instead (entered by mistake).</summary>
        public bool Clear { get; set; }

        /// <summary>The form's choice: filled by <see cref="Handler.LoadChoicesAsync"/>, never bound from the request.</summary>
        [BindNever, ValidateNever] public IReadOnlyList<SelectListItem> Groups { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<GraduateResource> g, TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.GroupId).NotNull().WithMessage(_ => l["Validation_Required"]);
            RuleFor(c => c.GraduatedOn).NotNull().When(c => !c.Clear).WithMessage(_ => l["Validation_Required"])
                .Must(d => d is null || d <= clock.BishkekToday().AddMonths(1)).WithMessage(_ => g["Graduation_DateTooLate"])
                .Must(d => d is null || d.Value.Year >= 2000).WithMessage(_ => g["Graduation_DateTooEarly"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator)
    {
        public async Task LoadChoicesAsync(Command command, CancellationToken cancellationToken) =>
            command.Groups = await GroupsAsync(command.GroupId, cancellationToken);

        public Task<List<SelectListItem>> GroupsAsync(Guid? selected, CancellationToken cancellationToken) =>
            db.StudyGroups.AsNoTracking().OrderBy(g => g.Name)
                .Select(g => new SelectListItem(g.Name, g.Id.ToString(), g.Id == selected)).ToListAsync(cancellationToken);

        /// <summary>The result (done with the group's id) and how many learners got the date.</summary>
        public async Task<(FeatureResult Result, int Count)> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return (FeatureResult.Invalid(validation.Errors), 0);
            }

            var group = await db.StudyGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == command.GroupId, cancellationToken);
            if (group is null)
            {
                return (FeatureResult.NotFound, 0);
            }

            var learners = await db.Learners.Where(l => l.GroupId == group.Id).ToListAsync(cancellationToken);
            foreach (var learner in learners)
            {
                learner.GraduatedOn = command.Clear ? null : command.GraduatedOn;
            }

            var result = await db.SaveAsync(() => group.Id, cancellationToken);
            return (result, result.Outcome == FeatureOutcome.Done ? learners.Count : 0);
        }
    }
}
