using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Reference;

namespace WblPortal.Infrastructure.Data.Seeding;

/// <summary>The demo rows. Written once (when the ministry is missing), then read back for the demo accounts.</summary>
internal static class DemoData
{
    public sealed record Result(IReadOnlyList<DemoAccount> Accounts);

    public static DateOnly Today => DemoDataSeeder.Today;

    /// <summary>The later of two moments: a step that happened on a planned day, but never before the step that led to it.</summary>
    public static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static readonly Guid MinistryId = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    public static async Task<Result> LoadOrCreateAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Ministries.AnyAsync(m => m.Id == MinistryId, cancellationToken))
        {
            await CreateAsync(db, cancellationToken);
        }

        // The college workspace has its own guard, so that databases seeded before it existed get it too.
        await DemoWorkspace.EnsureAsync(db, cancellationToken);
        await DemoDiaries.EnsureAsync(db, cancellationToken);
        await DemoAssessments.EnsureAsync(db, cancellationToken);
        await DemoReports.EnsureAsync(db, cancellationToken);
        await DemoNational.EnsureAsync(db, cancellationToken);
        await DemoGraduates.EnsureAsync(db, cancellationToken);
        await DemoMentors.EnsureAsync(db, cancellationToken);
        await DemoConsents.EnsureAsync(db, cancellationToken);

        return new Result(await AccountsAsync(db, cancellationToken));
    }

    private static async Task CreateAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        db.Ministries.Add(new Ministry
        {
            Id = MinistryId,
            NameKy = "Кыргыз Республикасынын Илим, жогорку билим берүү жана инновациялар министрлиги",
            NameRu = "Министерство науки, высшего образования и инноваций Кыргызской Республики",
            NameEn = "Ministry of Science, Higher Education and Innovation of the Kyrgyz Republic",
        });

        var levels = await db.NqfLevels.ToDictionaryAsync(n => n.Level, cancellationToken);
        var colleges = PilotColleges.All.Select(p => new College
        {
            Id = p.Id,
            NameKy = p.NameKy,
            NameRu = p.NameRu,
            NameEn = p.NameEn,
            Kind = CollegeKind.College,
            RegionId = p.RegionId,
            City = p.City,
            Address = p.Address,
            DirectorName = p.Director,
            MinistryId = MinistryId,
            NqfLevels = [levels[5]],
        }).ToList();
        db.Colleges.AddRange(colleges);

        DemoPeople.AddTo(db, colleges);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DemoAccount>> AccountsAsync(WblDbContext db, CancellationToken cancellationToken)
    {
        var college = PilotColleges.All[0].Id;
        var employer = await db.Employers.OrderBy(e => e.Inn).Select(e => e.Id).FirstAsync(cancellationToken);
        var mentor = await db.Mentors.Where(m => m.EmployerId == employer).OrderBy(m => m.FullName).FirstAsync(cancellationToken);
        var learner = await db.Learners.Where(l => l.CollegeId == college).OrderBy(l => l.Pin).FirstAsync(cancellationToken);
        return
        [
            new("admin@wbl.kg", "Платформанын администратору", Roles.PlatformAdmin, null),
            new("ministry@wbl.kg", "Айгүл Сыдыкова", Roles.MinistryAnalyst, MinistryId),
            new("college.admin@wbl.kg", "Нурлан Токтосунов", Roles.CollegeAdmin, college),
            new("curator@wbl.kg", "Гүлнара Үсөнова", Roles.CollegeStaff, college),
            new("employer@wbl.kg", "Бакыт Жээнбеков", Roles.EmployerAdmin, employer),
            new("mentor@wbl.kg", mentor.FullName, Roles.Mentor, employer, MentorId: mentor.Id),
            new("learner@wbl.kg", learner.FullName, Roles.Learner, college, LearnerId: learner.Id),
        ];
    }
}
