using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Programmes;

/// <summary>The college answers an employer's comment on its programme; the employer is notified.</summary>
public static class AnswerProgrammeComment
{
    public sealed class Command
    {
        public Guid CommentId { get; set; }
        public uint Version { get; set; }
        public string? Text { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Text).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(4000).WithMessage(_ => l["Validation_MaxLength", 4000]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, IStringLocalizer<WorkflowResource> workflow,
        TimeProvider clock)
    {
        public async Task<FeatureResult> HandleAsync(Guid programmeId, Command command, CancellationToken cancellationToken)
        {
            var comment = await db.ProgrammeComments.SingleOrDefaultAsync(c => c.Id == command.CommentId && c.ProgrammeId == programmeId, cancellationToken);
            if (comment is null || !await db.Programmes.AnyAsync(p => p.Id == programmeId, cancellationToken))
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            return await db.ChangeAsync(comment, command.Version, c =>
            {
                c.AnswerBy(command.Text!, WorkflowUser.From(db.Actor), clock.GetUtcNow());
                return null;
            }, cancellationToken, new Refusals(workflow, _ => nameof(Command.Text)));
        }
    }
}
