using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Partnerships;

/// <summary>A party signs the partnership: an employer user for the employer, college staff for the college.</summary>
public static class SignPartnership
{
    public sealed class Handler(WblDbContext db, StepRunner steps, IStringLocalizer<WorkflowResource> w)
    {
        public async Task<FeatureResult> HandleAsync(PartnershipStep.Command command, CancellationToken cancellationToken) =>
            await steps.RunAsync(await db.Partnerships.SingleOrDefaultAsync(p => p.Id == command.Id, cancellationToken), command.Version, (p, by, at) =>
            {
                if (db.Actor.EmployerId is not null)
                {
                    p.SignAsEmployer(by, at);
                }
                else
                {
                    p.SignAsCollege(by, at);
                }

                return null;
            }, new Refusals(w), cancellationToken);
    }
}
