using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Privacy;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Consents;

/// <summary>The college's staff record a consent signed on paper, from the learner's page: the learner's own (an
/// adult's) or their legal representative's (always so for a minor), with the date on the form.</summary>
public static class RecordPaperConsent
{
    public sealed class Command
    {
        public Guid LearnerId { get; set; }
        public ConsentPurpose? Purpose { get; set; }
        public ConsentGiver? GivenBy { get; set; }
        public string? RepresentativeName { get; set; }
        public DateOnly? GivenOn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<PrivacyResource> pv, IStringLocalizer<SharedResource> l)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Purpose).NotNull().IsInEnum().WithMessage(_ => pv["Consent_PurposeRequired"]);
            RuleFor(c => c.GivenBy).NotNull().IsInEnum().WithMessage(_ => pv["Consent_GiverRequired"]);
            RuleFor(c => c.GivenOn).NotNull().WithMessage(_ => pv["Consent_DateRequired"]);
            RuleFor(c => c.RepresentativeName).MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, TimeProvider clock, IStringLocalizer<PrivacyResource> pv)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var learner = await db.Learners.AsNoTracking().SingleOrDefaultAsync(l => l.Id == command.LearnerId, cancellationToken);
            if (learner is null || !db.Actor.IsCollegeStaff)
            {
                return FeatureResult.NotFound;
            }

            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return FeatureResult.Invalid(validation.Errors);
            }

            PersonalDataConsent? consent = null;
            return await db.SaveAsync(async ct =>
            {
                if (await db.PersonalDataConsents.AnyAsync(c => c.LearnerId == learner.Id && c.Purpose == command.Purpose && c.WithdrawnAt == null, ct))
                {
                    return FeatureResult.Invalid(nameof(Command.Purpose), pv["Consent_AlreadyGiven"]);
                }

                consent = PersonalDataConsent.RecordPaper(learner, command.Purpose!.Value, command.GivenBy!.Value, command.RepresentativeName,
                    command.GivenOn!.Value, WorkflowUser.From(db.Actor), clock.GetUtcNow());
                db.PersonalDataConsents.Add(consent);
                return (FeatureResult?)null;
            }, () => consent!.Id, cancellationToken, new Refusals(pv, key => key switch
            {
                "Consent_DateInFuture" => nameof(Command.GivenOn),
                "Consent_RepresentativeRequired" => nameof(Command.RepresentativeName),
                "Consent_MinorNeedsRepresentative" => nameof(Command.GivenBy),
                _ => "",
            }));
        }
    }
}
