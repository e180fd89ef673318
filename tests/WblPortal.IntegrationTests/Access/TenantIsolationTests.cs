using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Auditing;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Identity;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Access;

/// <summary>
/// Who reads and who writes which rows, proved at the data layer (<see cref="PortalFactory.CreateDbContext"/>) for
/// every scoped entity. Rows are named by their organization: A and B are colleges (learners A1, A2, B), EA and EB
/// employers (mentors MA1, MA2, MB), M the ministry, "-" no organization; "new" is a new organization.
/// </summary>
public sealed class TenantIsolationTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Theory]
    //           actor             College  Specialty  Curator  StudyGroup  Learner     Employer  Mentor        Invitation   AuditEntry (by organization)
    [InlineData("CollegeAAdmin",  "A",     "A",       "A",     "A",        "A1 A2",    "EA EB",  "",           "A",         "A")]
    [InlineData("CollegeAStaff",  "A",     "A",       "A",     "A",        "A1 A2",    "EA EB",  "",           "A",         "A")]
    [InlineData("CollegeBAdmin",  "B",     "B",       "B",     "B",        "B",        "EA EB",  "",           "B",         "B")]
    [InlineData("EmployerAAdmin", "A B",   "",        "",      "",         "",         "EA",     "MA1 MA2",    "EA",        "EA")]
    [InlineData("EmployerBAdmin", "A B",   "",        "",      "",         "",         "EB",     "MB",         "EB",        "EB")]
    [InlineData("MentorA",        "A B",   "",        "",      "",         "",         "EA",     "MA1",        "",          "")]
    [InlineData("LearnerA",       "A",     "A",       "A",     "A",        "A1",       "",       "",           "",          "")]
    [InlineData("Ministry",       "A B",   "A B",     "A B",   "A B",      "A1 A2 B",  "EA EB",  "MA1 MA2 MB", "A B EA EB", "- A B EA EB")]
    [InlineData("PlatformAdmin",  "A B",   "A B",     "A B",   "A B",      "A1 A2 B",  "EA EB",  "MA1 MA2 MB", "A B EA EB", "- A B EA EB")]
    [InlineData("Anonymous",      "",      "",        "",      "",         "",         "",       "",           "",          "")]
    public async Task Read_EveryScopedEntity_SeesOnlyRowsInScope(
        string actor, string college, string specialty, string curator, string studyGroup, string learner,
        string employer, string mentor, string invitation, string audit)
    {
        var world = await Data.AccessWorldAsync();
        await using var db = Factory.CreateDbContext(world.ActorNamed(actor));

        var seen = new Dictionary<string, string>
        {
            [nameof(College)] = Labels(world, await db.Colleges.Select(e => (Guid?)e.Id).ToListAsync()),
            [nameof(Specialty)] = Labels(world, await db.Specialties.Select(e => (Guid?)e.Id).ToListAsync()),
            [nameof(Curator)] = Labels(world, await db.Curators.Select(e => (Guid?)e.Id).ToListAsync()),
            [nameof(StudyGroup)] = Labels(world, await db.StudyGroups.Select(e => (Guid?)e.Id).ToListAsync()),
            [nameof(Learner)] = Labels(world, await db.Learners.Select(e => (Guid?)e.Id).ToListAsync()),
            [nameof(Employer)] = Labels(world, await db.Employers.Select(e => (Guid?)e.Id).ToListAsync()),
            [nameof(Mentor)] = Labels(world, await db.Mentors.Select(e => (Guid?)e.Id).ToListAsync()),
            [nameof(Invitation)] = Labels(world, await db.Invitations.Select(e => (Guid?)e.Id).ToListAsync()),
            [nameof(AuditEntry)] = Labels(world, await db.AuditEntries.Select(e => e.OrganizationId).ToListAsync()),
        };

        var expected = new Dictionary<string, string>
        {
            [nameof(College)] = college,
            [nameof(Specialty)] = specialty,
            [nameof(Curator)] = curator,
            [nameof(StudyGroup)] = studyGroup,
            [nameof(Learner)] = learner,
            [nameof(Employer)] = employer,
            [nameof(Mentor)] = mentor,
            [nameof(Invitation)] = invitation,
            [nameof(AuditEntry)] = audit,
        };
        Assert.Equal(Table(expected), Table(seen));
    }

    [Theory]
    [InlineData("CollegeAAdmin")]
    [InlineData("EmployerAAdmin")]
    [InlineData("LearnerA")]
    [InlineData("MentorA")]
    public async Task Read_OtherOrganizationsRowById_IsNotFound(string actor)
    {
        var world = await Data.AccessWorldAsync();
        await using var db = Factory.CreateDbContext(world.ActorNamed(actor));

        Assert.Null(await db.Specialties.FirstOrDefaultAsync(s => s.Id == world.SpecialtyB.Id));
        Assert.Null(await db.StudyGroups.FirstOrDefaultAsync(g => g.Id == world.GroupB.Id));
        Assert.Null(await db.Learners.FirstOrDefaultAsync(l => l.Id == world.LearnerB.Id));
        Assert.Null(await db.Curators.FirstOrDefaultAsync(c => c.Id == world.CuratorB.Id));
        Assert.Null(await db.Mentors.FirstOrDefaultAsync(m => m.Id == world.MentorB.Id));
        Assert.Null(await db.Invitations.FirstOrDefaultAsync(i => i.Id == world.InvitationB.Id));
    }

    /// <summary>Each cell lists the organizations whose rows the actor may insert, update and delete; a target where
    /// only some of the three succeed shows as e.g. "A(update)".</summary>
    [Theory]
    //           actor             College    Specialty Curator StudyGroup Learner Employer     Mentor Ministry  Invitation   AuditEntry
    [InlineData("CollegeAAdmin",  "A",       "A",      "A",    "A",       "A",    "",          "",    "",       "A",         "")]
    [InlineData("CollegeAStaff",  "",        "A",      "A",    "A",       "A",    "",          "",    "",       "A",         "")]
    [InlineData("CollegeBAdmin",  "B",       "B",      "B",    "B",       "B",    "",          "",    "",       "B",         "")]
    [InlineData("EmployerAAdmin", "",        "",       "",     "",        "",     "EA",        "EA",  "",       "EA",        "")]
    [InlineData("EmployerBAdmin", "",        "",       "",     "",        "",     "EB",        "EB",  "",       "EB",        "")]
    [InlineData("MentorA",        "",        "",       "",     "",        "",     "",          "",    "",       "",          "")]
    [InlineData("LearnerA",       "",        "",       "",     "",        "",     "",          "",    "",       "",          "")]
    [InlineData("Ministry",       "",        "",       "",     "",        "",     "",          "",    "",       "",          "")]
    [InlineData("PlatformAdmin",  "A B new", "",       "",     "",        "",     "EA EB new", "",    "M new",  "A B EA EB", "")]
    [InlineData("Anonymous",      "",        "",       "",     "",        "",     "",          "",    "",       "",          "")]
    public async Task Write_EveryScopedEntity_IsAllowedOnlyInScope(
        string actor, string college, string specialty, string curator, string studyGroup, string learner,
        string employer, string mentor, string ministry, string invitation, string audit)
    {
        var world = await Data.AccessWorldAsync();
        var who = world.ActorNamed(actor);

        var allowed = new Dictionary<string, string>();
        foreach (var group in Attempts(world).GroupBy(a => a.Entity))
        {
            var cells = new List<string>();
            foreach (var target in group.GroupBy(a => a.Target))
            {
                var ops = new List<string>();
                foreach (var attempt in target)
                {
                    if (await IsAllowedAsync(who, attempt.Act))
                    {
                        ops.Add(attempt.Op);
                    }
                }

                if (ops.Count == target.Count())
                {
                    cells.Add(target.Key);
                }
                else if (ops.Count > 0)
                {
                    cells.Add($"{target.Key}({string.Join(",", ops)})");
                }
            }

            allowed[group.Key] = string.Join(" ", cells);
        }

        var expected = new Dictionary<string, string>
        {
            [nameof(College)] = college,
            [nameof(Specialty)] = specialty,
            [nameof(Curator)] = curator,
            [nameof(StudyGroup)] = studyGroup,
            [nameof(Learner)] = learner,
            [nameof(Employer)] = employer,
            [nameof(Mentor)] = mentor,
            [nameof(Ministry)] = ministry,
            [nameof(Invitation)] = invitation,
            [nameof(AuditEntry)] = audit,
        };
        Assert.Equal(Table(expected), Table(allowed));
    }

    [Theory]
    [InlineData("CollegeAAdmin", nameof(Specialty))]
    [InlineData("CollegeAAdmin", nameof(Curator))]
    [InlineData("CollegeAAdmin", nameof(StudyGroup))]
    [InlineData("CollegeAStaff", nameof(Learner))]
    [InlineData("CollegeAAdmin", nameof(Invitation))]
    [InlineData("EmployerAAdmin", nameof(Mentor))]
    [InlineData("EmployerAAdmin", nameof(Invitation))]
    public async Task Update_MovingRowIntoOwnOrganizationOrOut_IsRefused(string actor, string entity)
    {
        var world = await Data.AccessWorldAsync();
        var who = world.ActorNamed(actor);
        var own = who.OrganizationId!.Value;
        var other = own == world.CollegeA.Id ? world.CollegeB.Id : world.EmployerB.Id;

        var moveIn = await ThrowsScopeViolationAsync(who, db => MoveAsync(db, world, entity, from: other, to: own));
        var moveOut = await ThrowsScopeViolationAsync(who, db => MoveAsync(db, world, entity, from: own, to: other));

        Assert.True(moveIn, $"{actor} moved another organization's {entity} into its own");
        Assert.True(moveOut, $"{actor} moved its own {entity} into another organization");
    }

    [Fact]
    public async Task Write_ScopeViolation_SavesNothingOfTheBatch()
    {
        var world = await Data.AccessWorldAsync();
        await using (var db = Factory.CreateDbContext(world.ActorNamed("CollegeAAdmin")))
        {
            db.Specialties.Add(NewSpecialty(world.CollegeA.Id, "Өз адистиги"));
            db.Specialties.Add(NewSpecialty(world.CollegeB.Id, "Бөтөн адистик"));
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var system = Factory.CreateDbContext();
        Assert.Equal(2, await system.Specialties.CountAsync());
    }

    [Fact]
    public async Task Invitation_AcceptedByInviteeWithoutActor_IsAllowedOnceAndOnlyForAcceptedAt()
    {
        var world = await Data.AccessWorldAsync();

        var accept = await IsAllowedAsync(Actor.Anonymous, async db =>
            (await LoadInvitationAsync(db, world.InvitationA.Id)).AcceptedAt = DateTimeOffset.UtcNow);
        var escalate = await IsAllowedAsync(Actor.Anonymous, async db =>
        {
            var invitation = await LoadInvitationAsync(db, world.InvitationA.Id);
            invitation.AcceptedAt = DateTimeOffset.UtcNow;
            invitation.Role = Roles.CollegeAdmin;
        });
        await using (var system = Factory.CreateDbContext())
        {
            (await system.Invitations.SingleAsync(i => i.Id == world.InvitationB.Id)).AcceptedAt = DateTimeOffset.UtcNow.AddDays(-1);
            await system.SaveChangesAsync();
        }

        var acceptAgain = await IsAllowedAsync(Actor.Anonymous, async db =>
            (await LoadInvitationAsync(db, world.InvitationB.Id)).AcceptedAt = DateTimeOffset.UtcNow);

        Assert.True(accept);
        Assert.False(escalate);
        Assert.False(acceptAgain);
    }

    private sealed record Attempt(string Entity, string Target, string Op, Func<WblDbContext, Task> Act);

    private static IEnumerable<Attempt> Attempts(AccessWorld w)
    {
        // Organizations: update and delete an existing one; insert a new one.
        foreach (var (label, id) in new[] { ("A", w.CollegeA.Id), ("B", w.CollegeB.Id) })
        {
            yield return new(nameof(College), label, "update", async db => (await LoadAsync<College>(db, id)).Address += " (өзгөрдү)");
            yield return new(nameof(College), label, "delete", async db => db.Remove(await LoadAsync<College>(db, id)));
        }

        yield return new(nameof(College), "new", "insert", db => Add(db, new College
        {
            NameKy = "Жаңы колледж", NameRu = "Новый колледж", RegionId = 1, City = "Ош", Address = "Ош ш.", DirectorName = "Директор",
        }));

        foreach (var (label, id) in new[] { ("EA", w.EmployerA.Id), ("EB", w.EmployerB.Id) })
        {
            yield return new(nameof(Employer), label, "update", async db => (await LoadAsync<Employer>(db, id)).Address += " (өзгөрдү)");
            yield return new(nameof(Employer), label, "delete", async db => db.Remove(await LoadAsync<Employer>(db, id)));
        }

        yield return new(nameof(Employer), "new", "insert", db => Add(db, new Employer
        {
            Name = "Жаңы ишкана", Inn = TestData.UniqueDigits14('0'), RegionId = 1, Address = "Бишкек", ContactPerson = "Байланыш",
        }));

        yield return new(nameof(Ministry), "M", "update", async db => (await LoadAsync<Ministry>(db, w.Ministry.Id)).NameEn += " (changed)");
        yield return new(nameof(Ministry), "M", "delete", async db => db.Remove(await LoadAsync<Ministry>(db, w.Ministry.Id)));
        yield return new(nameof(Ministry), "new", "insert", db => Add(db, new Ministry { NameKy = "Жаңы", NameRu = "Новое", NameEn = "New" }));

        // Rows of a college: insert into it, update and delete its existing row.
        foreach (var (label, college, specialty, curator, group, learner) in new[]
                 {
                     ("A", w.CollegeA.Id, w.SpecialtyA.Id, w.CuratorA.Id, w.GroupA.Id, w.LearnerA1.Id),
                     ("B", w.CollegeB.Id, w.SpecialtyB.Id, w.CuratorB.Id, w.GroupB.Id, w.LearnerB.Id),
                 })
        {
            yield return new(nameof(Specialty), label, "insert", db => Add(db, NewSpecialty(college, "Жаңы адистик")));
            yield return new(nameof(Specialty), label, "update", async db => (await LoadAsync<Specialty>(db, specialty)).NameRu += "!");
            yield return new(nameof(Specialty), label, "delete", async db => db.Remove(await LoadAsync<Specialty>(db, specialty)));
            yield return new(nameof(Curator), label, "insert", db => Add(db, new Curator { CollegeId = college, FullName = "Жаңы куратор", Position = "Мастер" }));
            yield return new(nameof(Curator), label, "update", async db => (await LoadAsync<Curator>(db, curator)).Position += "!");
            yield return new(nameof(Curator), label, "delete", async db => db.Remove(await LoadAsync<Curator>(db, curator)));
            yield return new(nameof(StudyGroup), label, "insert", db => Add(db, new StudyGroup
            {
                CollegeId = college, SpecialtyId = specialty, Name = "Жаңы топ", IntakeYear = 2026, YearOfStudy = 1,
            }));
            yield return new(nameof(StudyGroup), label, "update", async db => (await LoadAsync<StudyGroup>(db, group)).Name += "!");
            yield return new(nameof(StudyGroup), label, "delete", async db => db.Remove(await LoadAsync<StudyGroup>(db, group)));
            yield return new(nameof(Learner), label, "insert", db => Add(db, new Learner
            {
                CollegeId = college, GroupId = group, LastName = "Жаңы", FirstName = "Окуучу", Pin = TestData.UniqueDigits14('2'),
                DateOfBirth = new DateOnly(2008, 1, 1), Gender = Gender.Male,
            }));
            yield return new(nameof(Learner), label, "update", async db => (await LoadAsync<Learner>(db, learner)).Phone = "+996555000000");
            yield return new(nameof(Learner), label, "delete", async db => db.Remove(await LoadAsync<Learner>(db, learner)));
        }

        foreach (var (label, employer, mentor) in new[] { ("EA", w.EmployerA.Id, w.MentorA1.Id), ("EB", w.EmployerB.Id, w.MentorB.Id) })
        {
            yield return new(nameof(Mentor), label, "insert", db => Add(db, new Mentor
            {
                EmployerId = employer, FullName = "Жаңы насаатчы", Position = "Мастер", EducationLevel = EducationLevel.Higher,
            }));
            yield return new(nameof(Mentor), label, "update", async db => (await LoadAsync<Mentor>(db, mentor)).Position += "!");
            yield return new(nameof(Mentor), label, "delete", async db => db.Remove(await LoadAsync<Mentor>(db, mentor)));
        }

        foreach (var (label, kind, existing) in new[]
                 {
                     ("A", OrganizationKind.College, w.InvitationA.Id), ("B", OrganizationKind.College, w.InvitationB.Id),
                     ("EA", OrganizationKind.Employer, w.InvitationEmployerA.Id), ("EB", OrganizationKind.Employer, w.InvitationEmployerB.Id),
                 })
        {
            var organization = w.OrganizationOf(label);
            var role = kind == OrganizationKind.College ? Roles.CollegeStaff : Roles.Mentor;
            yield return new(nameof(Invitation), label, "insert", db => Add(db, TestData.NewInvitation(role, kind, organization)));
            yield return new(nameof(Invitation), label, "update", async db => (await LoadInvitationAsync(db, existing)).FullName += "!");
            yield return new(nameof(Invitation), label, "delete", async db => db.Remove(await LoadInvitationAsync(db, existing)));
        }

        // The audit log is append-only and written by the interceptor: nobody inserts, changes or deletes its rows.
        yield return new(nameof(AuditEntry), "A", "insert", db => Add(db, new AuditEntry
        {
            At = DateTimeOffset.UtcNow, OrganizationId = w.CollegeA.Id, EntityType = nameof(Specialty), EntityKey = Guid.NewGuid().ToString(),
            Action = AuditAction.Insert, Changes = "{}",
        }));
        yield return new(nameof(AuditEntry), "A", "update", async db => (await LoadAuditAsync(db, w.CollegeA.Id)).Changes = "{}");
        yield return new(nameof(AuditEntry), "A", "delete", async db => db.Remove(await LoadAuditAsync(db, w.CollegeA.Id)));
    }

    /// <summary>Runs the change as the actor in a transaction that is always rolled back, so every attempt sees the
    /// same rows. A database error after the scope check (e.g. a restricting foreign key) still counts as allowed.</summary>
    private async Task<bool> IsAllowedAsync(Actor actor, Func<WblDbContext, Task> act)
    {
        await using var db = Factory.CreateDbContext(actor);
        return await db.InTransactionAsync(async (transaction, ct) =>
        {
            try
            {
                await act(db);
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (ScopeViolationException)
            {
                return false;
            }
            catch (DbUpdateException)
            {
                return true;
            }
            finally
            {
                await transaction.RollbackAsync(ct);
            }
        }, CancellationToken.None);
    }

    private async Task<bool> ThrowsScopeViolationAsync(Actor actor, Func<WblDbContext, Task> act) => !await IsAllowedAsync(actor, act);

    private static async Task MoveAsync(WblDbContext db, AccessWorld w, string entity, Guid from, Guid to)
    {
        switch (entity)
        {
            case nameof(Specialty):
                (await db.Specialties.IgnoreQueryFilters([WblDbContext.TenantFilter]).FirstAsync(e => e.CollegeId == from)).CollegeId = to;
                break;
            case nameof(Curator):
                (await db.Curators.IgnoreQueryFilters([WblDbContext.TenantFilter]).FirstAsync(e => e.CollegeId == from)).CollegeId = to;
                break;
            case nameof(StudyGroup):
                (await db.StudyGroups.IgnoreQueryFilters([WblDbContext.TenantFilter]).FirstAsync(e => e.CollegeId == from)).CollegeId = to;
                break;
            case nameof(Learner):
                (await db.Learners.IgnoreQueryFilters([WblDbContext.TenantFilter]).FirstAsync(e => e.CollegeId == from)).CollegeId = to;
                break;
            case nameof(Mentor):
                (await db.Mentors.IgnoreQueryFilters([WblDbContext.TenantFilter]).FirstAsync(e => e.EmployerId == from)).EmployerId = to;
                break;
            case nameof(Invitation):
                (await db.Invitations.IgnoreQueryFilters([WblDbContext.TenantFilter]).FirstAsync(e => e.OrganizationId == from)).OrganizationId = to;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(entity), entity, null);
        }
    }

    // The write check is what is under test, so rows are loaded past the read filter.
    private static Task<T> LoadAsync<T>(WblDbContext db, Guid id) where T : Entity =>
        db.Set<T>().IgnoreQueryFilters([WblDbContext.TenantFilter]).SingleAsync(e => e.Id == id);

    private static Task<Invitation> LoadInvitationAsync(WblDbContext db, Guid id) =>
        db.Invitations.IgnoreQueryFilters([WblDbContext.TenantFilter]).SingleAsync(i => i.Id == id);

    private static Task<AuditEntry> LoadAuditAsync(WblDbContext db, Guid organization) =>
        db.AuditEntries.IgnoreQueryFilters([WblDbContext.TenantFilter]).OrderBy(a => a.Id).FirstAsync(a => a.OrganizationId == organization);

    private static Task Add(WblDbContext db, object row)
    {
        db.Add(row);
        return Task.CompletedTask;
    }

    private static Specialty NewSpecialty(Guid college, string name) =>
        new() { CollegeId = college, Code = $"{700000 + TestData.Next()}", NameKy = name, NameRu = name, NqfLevelId = 5 };

    /// <summary>One line per entity, in the expected table's order, so a failure shows the differing cell.</summary>
    private static string Table(Dictionary<string, string> cells) =>
        string.Join(Environment.NewLine, cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}"));

    private static string Labels(AccessWorld world, IEnumerable<Guid?> ids) =>
        string.Join(" ", ids.Select(world.Label).Distinct().Order(StringComparer.Ordinal));
}
