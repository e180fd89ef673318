using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Consents;

/// <summary>Withdraws a consent: the learner their own (on "My data"), the college's staff on the learner's page (a
/// withdrawal handed in on paper). The row stays, with the date of withdrawal.</summary>
public static class WithdrawConsent
{
    public sealed class Command
    {
        public Guid Id { get; set; }
        public uint Version { get; set; }
    }

    public sealed class Handler(WblDbContext db, TimeProvider clock, IStringLocalizer<PrivacyResource> pv)
    {
        /// <summary>Answers done with the learner's id (the page to go back to).</summary>
        public async Task<FeatureResult> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            // Employers and mentors read consents of their learners but never change them: not found for them.
            var consent = db.Actor.IsCollegeStaff || db.Actor.LearnerId is not null
                ? await db.PersonalDataConsents.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
                : null;
            return await db.ChangeAsync(consent, command.Version, c =>
            {
                c.Withdraw(WorkflowUser.From(db.Actor), clock.GetUtcNow());
                return null;
            }, cancellationToken, new Refusals(pv), doneId: c => c.LearnerId);
        }
    }
}
