using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Privacy;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Consents;

/// <summary>An adult learner gives their own consent on "My data" (/Learner/Privacy), for the current consent text.
/// A minor's consent comes from their legal representative, recorded by the college (<see cref="RecordPaperConsent"/>).</summary>
public static class GiveConsent
{
    public sealed class Command
    {
        public ConsentPurpose Purpose { get; set; }
    }

    public sealed class Handler(WblDbContext db, TimeProvider clock, IStringLocalizer<PrivacyResource> pv)
    {
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var learner = await db.Learners.AsNoTracking().SingleOrDefaultAsync(l => l.Id == db.Actor.LearnerId, cancellationToken);
            if (learner is null)
            {
                return FeatureResult.NotFound;
            }

            PersonalDataConsent? consent = null;
            return await db.SaveAsync(async ct =>
            {
                if (await db.PersonalDataConsents.AnyAsync(c => c.LearnerId == learner.Id && c.Purpose == command.Purpose && c.WithdrawnAt == null, ct))
                {
                    return FeatureResult.Invalid("", pv["Consent_AlreadyGiven"]);
                }

                consent = PersonalDataConsent.GiveOnline(learner, command.Purpose, WorkflowUser.From(db.Actor), clock.GetUtcNow());
                db.PersonalDataConsents.Add(consent);
                return (FeatureResult?)null;
            }, () => consent!.Id, cancellationToken, new Refusals(pv));
        }
    }
}
