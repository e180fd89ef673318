using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Privacy;
using WblPortal.Domain.Workflows;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>
/// Consents under Law No. 58 for the demo learners, as a college collects them at the start of the year: an adult gives
/// both (processing, and transfer to the employer) online on "My data" in the first weeks of September; a minor's legal
/// representative signs the paper form, recorded a few days later by the group's curator (the demo college's by the demo
/// curator, Гүлнара Үсөнова). A few learners have not given the transfer consent (their employers see only name and
/// group), and one learner placed with the demo employer withdrew it on 10.11.2026, so the demo employer sees a
/// withdrawal. Learners already graduated get none. Idempotent: nothing is added once any consent exists.
/// </summary>
internal static class DemoConsents
{
    private static readonly TimeSpan Bishkek = BishkekTime.Offset;
    private static readonly WorkflowUser DemoCurator = new("demo:curator@wbl.kg", "Гүлнара Үсөнова", Roles.CollegeStaff);

    /// <summary>The day the demo withdrawal was made.</summary>
    public static readonly DateOnly WithdrawnOn = new(2026, 11, 10);

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.Year, day.Month, day.Day, hour, 0, 0, Bishkek);

    public static async Task EnsureAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        if (await db.PersonalDataConsents.AnyAsync(cancellationToken))
        {
            return;
        }

        var demoCollegeId = PilotColleges.All[0].Id;
        var learners = await db.Learners.Where(l => l.GraduatedOn == null && l.ErasedOn == null).OrderBy(l => l.CollegeId).ThenBy(l => l.Pin)
            .ToListAsync(cancellationToken);
        if (learners.Count == 0)
        {
            return;
        }

        var curatorOfGroup = await db.StudyGroups.Where(g => g.CuratorId != null)
            .Select(g => new { g.Id, g.CuratorId, Name = db.Curators.Where(c => c.Id == g.CuratorId).Select(c => c.FullName).FirstOrDefault() })
            .ToDictionaryAsync(g => g.Id, g => (g.CuratorId, g.Name), cancellationToken);
        var demoEmployerId = await db.Employers.OrderBy(e => e.Inn).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
        var placedWithDemoEmployer = demoEmployerId is { } employerId
            ? (await db.PlacementLearners.Where(pl => pl.EmployerId == employerId).Select(pl => pl.LearnerId).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var withAgreement = (await db.Agreements.Select(a => a.LearnerId).ToListAsync(cancellationToken)).ToHashSet();
        var demoLearnerId = learners.Where(l => l.CollegeId == demoCollegeId).Select(l => l.Id).FirstOrDefault();
        // The one withdrawal: an adult learner (other than the demo learner) placed with the demo employer, one with an
        // agreement first, so that the employer's agreement page shows the details withheld.
        var withdrawing = learners
            .Where(l => placedWithDemoEmployer.Contains(l.Id) && l.Id != demoLearnerId && !l.IsMinorOn(new DateOnly(2026, 9, 1)))
            .OrderByDescending(l => withAgreement.Contains(l.Id)).ThenBy(l => l.Pin).FirstOrDefault();

        foreach (var (learner, n) in learners.Select((l, i) => (l, i)))
        {
            var givenOn = new DateOnly(2026, 9, 1).AddDays(n % 14);
            // A few have not (yet) returned the transfer form; never the demo learner, nor anyone the demo employer sees
            // except through the one withdrawal, so that the employer's pages show details under consent.
            var transfer = learner.Id == withdrawing?.Id || learner.Id == demoLearnerId || placedWithDemoEmployer.Contains(learner.Id) || n % 9 != 4;
            ConsentPurpose[] purposes = transfer ? [ConsentPurpose.Processing, ConsentPurpose.TransferToEmployer] : [ConsentPurpose.Processing];
            foreach (var purpose in purposes)
            {
                var consent = learner.IsMinorOn(givenOn)
                    ? PersonalDataConsent.RecordPaper(learner, purpose, ConsentGiver.LegalRepresentative,
                        learner.RepresentativeName ?? "Мыйзамдуу өкүлү", givenOn, RecorderOf(learner, demoCollegeId, curatorOfGroup), At(givenOn.AddDays(2), 11))
                    : PersonalDataConsent.GiveOnline(learner, purpose,
                        new WorkflowUser($"demo:learner:{learner.Id:N}", learner.FullName, Roles.Learner), At(givenOn, 19));
                if (purpose == ConsentPurpose.TransferToEmployer && learner.Id == withdrawing?.Id)
                {
                    consent.Withdraw(new WorkflowUser($"demo:learner:{learner.Id:N}", learner.FullName, Roles.Learner), At(WithdrawnOn, 20));
                }

                db.PersonalDataConsents.Add(consent);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The staff member who recorded a paper form: the demo curator at the demo college, elsewhere the group's curator.</summary>
    private static WorkflowUser RecorderOf(Learner learner, Guid demoCollegeId, Dictionary<Guid, (Guid? CuratorId, string? Name)> curatorOfGroup) =>
        learner.CollegeId == demoCollegeId || !curatorOfGroup.TryGetValue(learner.GroupId, out var c) || c.Name is null
            ? DemoCurator
            : new WorkflowUser($"demo:curator:{c.CuratorId:N}", c.Name, Roles.CollegeStaff);
}
