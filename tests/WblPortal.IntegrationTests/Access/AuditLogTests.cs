using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Access;
using WblPortal.Domain.Auditing;
using WblPortal.Domain.Colleges;
using WblPortal.Infrastructure.Data;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Access;

public sealed class AuditLogTests(PortalFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Insert_WritesAuditRowWithWhoWhenOrganizationEntityKeyAndNewValues()
    {
        var college = await Data.CollegeAsync();
        var actor = CollegeAdmin(college);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var specialty = new Specialty { CollegeId = college.Id, Code = "230115", NameKy = "Программалоо", NameRu = "Программирование", NqfLevelId = 5 };

        await using (var db = Factory.CreateDbContext(actor))
        {
            db.Specialties.Add(specialty);
            await db.SaveChangesAsync();
        }

        var audit = await SingleAuditAsync(specialty.Id);
        Assert.Equal(AuditAction.Insert, audit.Action);
        Assert.Equal(actor.UserId, audit.UserId);
        Assert.Equal(college.Id, audit.OrganizationId);
        Assert.Equal(nameof(Specialty), audit.EntityType);
        Assert.InRange(audit.At, before, DateTimeOffset.UtcNow.AddSeconds(5));
        var changes = JsonDocument.Parse(audit.Changes).RootElement;
        Assert.Equal("Программалоо", changes.GetProperty("NameKy").GetProperty("new").GetString());
        Assert.Equal("230115", changes.GetProperty("Code").GetProperty("new").GetString());
    }

    [Fact]
    public async Task Update_WritesOnlyChangedValuesWithOldAndNew()
    {
        var college = await Data.CollegeAsync();
        var specialty = await Data.SpecialtyAsync(college, s => s.NameKy = "Эски аты");

        await using (var db = Factory.CreateDbContext(CollegeAdmin(college)))
        {
            (await db.Specialties.SingleAsync(s => s.Id == specialty.Id)).NameKy = "Жаңы аты";
            await db.SaveChangesAsync();
        }

        var audit = await SingleAuditAsync(specialty.Id, AuditAction.Update);
        var changes = JsonDocument.Parse(audit.Changes).RootElement;
        Assert.Equal(["NameKy"], changes.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Эски аты", changes.GetProperty("NameKy").GetProperty("old").GetString());
        Assert.Equal("Жаңы аты", changes.GetProperty("NameKy").GetProperty("new").GetString());
        Assert.Equal("u-admin", audit.UserId);
    }

    [Fact]
    public async Task Delete_WritesAuditRowWithOldValues()
    {
        var college = await Data.CollegeAsync();
        var curator = await Data.CuratorAsync(college, c => c.FullName = "Үсөнова Гүлнара");

        await using (var db = Factory.CreateDbContext(CollegeAdmin(college)))
        {
            db.Curators.Remove(await db.Curators.SingleAsync(c => c.Id == curator.Id));
            await db.SaveChangesAsync();
        }

        var audit = await SingleAuditAsync(curator.Id, AuditAction.Delete);
        Assert.Equal(college.Id, audit.OrganizationId);
        Assert.Equal("Үсөнова Гүлнара", JsonDocument.Parse(audit.Changes).RootElement.GetProperty("FullName").GetProperty("old").GetString());
    }

    [Fact]
    public async Task Employer_RowsAreAuditedUnderTheEmployer()
    {
        var employer = await Data.EmployerAsync();
        var mentor = await Data.MentorAsync(employer);

        await using (var db = Factory.CreateDbContext(new Actor("u-employer", Roles.EmployerAdmin, OrganizationKind.Employer, employer.Id)))
        {
            (await db.Mentors.SingleAsync()).Position = "Башкы мастер";
            await db.SaveChangesAsync();
        }

        var audit = await SingleAuditAsync(mentor.Id, AuditAction.Update);
        Assert.Equal(employer.Id, audit.OrganizationId);
        Assert.Equal("u-employer", audit.UserId);
    }

    [Fact]
    public async Task FailingSaveChanges_LeavesNeitherTheRowNorAnAuditRow()
    {
        var college = await Data.CollegeAsync();
        var specialty = new Specialty { CollegeId = college.Id, Code = "1", NameKy = "А", NameRu = "А", NqfLevelId = 999 }; // no such NQF level

        await using (var db = Factory.CreateDbContext(CollegeAdmin(college)))
        {
            db.Specialties.Add(specialty);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var system = Factory.CreateDbContext();
        Assert.False(await system.Specialties.AnyAsync(s => s.Id == specialty.Id));
        Assert.False(await system.AuditEntries.AnyAsync(a => a.EntityKey == specialty.Id.ToString()));
    }

    [Fact]
    public async Task RefusedWrite_LeavesNoAuditRow()
    {
        var mine = await Data.CollegeAsync();
        var theirs = await Data.CollegeAsync();
        var specialty = new Specialty { CollegeId = theirs.Id, Code = "2", NameKy = "А", NameRu = "А", NqfLevelId = 5 };

        await using (var db = Factory.CreateDbContext(CollegeAdmin(mine)))
        {
            db.Specialties.Add(specialty);
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
        }

        await using var system = Factory.CreateDbContext();
        Assert.False(await system.AuditEntries.AnyAsync(a => a.EntityKey == specialty.Id.ToString()));
    }

    [Fact]
    public async Task SaveChanges_WritesOneAuditRowPerChangedRowInTheSameTransaction()
    {
        var college = await Data.CollegeAsync();
        await using (var db = Factory.CreateDbContext(CollegeAdmin(college)))
        {
            db.Curators.Add(new Curator { CollegeId = college.Id, FullName = "Бир", Position = "Мастер" });
            db.Curators.Add(new Curator { CollegeId = college.Id, FullName = "Эки", Position = "Мастер" });
            await db.SaveChangesAsync();
        }

        await using var system = Factory.CreateDbContext();
        Assert.Equal(2, await system.AuditEntries.CountAsync(a => a.EntityType == nameof(Curator) && a.UserId == "u-admin"));
    }

    private static Actor CollegeAdmin(College college) => new("u-admin", Roles.CollegeAdmin, OrganizationKind.College, college.Id);

    private async Task<AuditEntry> SingleAuditAsync(Guid key, AuditAction action = AuditAction.Insert)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEntries.SingleAsync(a => a.EntityKey == key.ToString() && a.Action == action);
    }
}
