using WblPortal.Domain.Access;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data.Access;

namespace WblPortal.UnitTests.Domain;

public sealed class GraduateEmploymentTests
{
    private static readonly WorkflowUser Staff = new("u1", "Үсөнова Гүлнара", Roles.CollegeStaff);
    private static readonly WorkflowUser Employer = new("u2", "Жээнбеков Бакыт", Roles.EmployerAdmin);
    private static readonly DateTimeOffset At = new(2026, 1, 10, 10, 0, 0, TimeSpan.FromHours(6));

    private static Learner Graduate(DateOnly? on = null) => new()
    {
        CollegeId = Guid.NewGuid(), LastName = "Токтогулова", FirstName = "Нургүл", Pin = "12345678901234", GraduatedOn = on ?? new DateOnly(2025, 6, 27),
    };

    [Theory]
    [InlineData("2025-12-26", false, CheckpointState.Upcoming)]
    [InlineData("2025-12-27", false, CheckpointState.Due)]
    [InlineData("2026-01-26", false, CheckpointState.Due)]
    [InlineData("2026-01-27", false, CheckpointState.Overdue)]
    [InlineData("2026-01-27", true, CheckpointState.Recorded)]
    public void StateOf_SixMonths_IsUpcomingDueOverdueOrRecorded(string today, bool recorded, CheckpointState expected) =>
        Assert.Equal(expected, GraduateEmployment.StateOf(new DateOnly(2025, 6, 27), EmploymentCheckpoint.SixMonths, recorded, DateOnly.Parse(today)));

    [Fact]
    public void DueOn_TwelveMonths_IsAYearAfterGraduation() =>
        Assert.Equal(new DateOnly(2026, 6, 27), GraduateEmployment.DueOn(new DateOnly(2025, 6, 27), EmploymentCheckpoint.TwelveMonths));

    [Fact]
    public void Record_AtWblEmployer_TakesTheEmployersNameAndKeepsHistory()
    {
        var graduate = Graduate();
        var employer = new Employer { Name = "ААК «Кыргызтелеком»", Inn = "01234567890123", Address = "Бишкек", ContactPerson = "Асанов" };
        var row = GraduateEmployment.Start(graduate, EmploymentCheckpoint.SixMonths, Staff);

        row.Record(graduate, EmploymentStatus.AtWblEmployer, employer, [employer.Id], "ignored", "Оператор", null, Staff, At, new DateOnly(2026, 1, 10));
        row.Record(graduate, EmploymentStatus.NotEmployed, null, [employer.Id], null, "Оператор", "Кыскартылды", Staff, At.AddDays(30), new DateOnly(2026, 2, 9));

        Assert.Equal((EmploymentStatus.NotEmployed, null, null, "Кыскартылды"), (row.Status, row.EmployerId, row.Position, row.Note));
        Assert.Equal(["Record", "Update"], row.History.Select(h => h.Action));
        Assert.Equal("ААК «Кыргызтелеком», Оператор", row.History[0].Comment);
        Assert.Equal(("AtWblEmployer", "NotEmployed"), (row.History[1].FromStatus, row.History[1].ToStatus));
    }

    [Fact]
    public void Record_AtAnEmployerNotOfThePlacements_IsRefused()
    {
        var graduate = Graduate();
        var row = GraduateEmployment.Start(graduate, EmploymentCheckpoint.SixMonths, Staff);
        var stranger = new Employer { Name = "Бөтөн", Inn = "01234567890124", Address = "Ош", ContactPerson = "Осмонов" };

        var ex = Assert.Throws<WorkflowException>(() =>
            row.Record(graduate, EmploymentStatus.AtWblEmployer, stranger, [], null, null, null, Staff, At, new DateOnly(2026, 1, 10)));

        Assert.Equal("Graduate_WblEmployerRequired", ex.Key);
        Assert.Empty(row.History);
    }

    [Fact]
    public void Start_BeforeGraduationOrByAnEmployer_IsRefused()
    {
        var student = Graduate();
        student.GraduatedOn = null;

        Assert.Equal("Graduate_NotGraduated", Assert.Throws<WorkflowException>(() => GraduateEmployment.Start(student, EmploymentCheckpoint.SixMonths, Staff)).Key);
        Assert.Equal("Graduate_CollegeOrGraduateOnly",
            Assert.Throws<WorkflowException>(() => GraduateEmployment.Start(Graduate(), EmploymentCheckpoint.SixMonths, Employer)).Key);
    }

    [Fact]
    public void CanWrite_GraduateRows_CollegeStaffAndTheGraduateOnly()
    {
        var graduate = Graduate();
        var row = GraduateEmployment.Start(graduate, EmploymentCheckpoint.SixMonths, Staff);
        graduate.Id = row.LearnerId;

        Assert.True(new Actor("s", Roles.CollegeStaff, OrganizationKind.College, graduate.CollegeId).CanWrite(row));
        Assert.True(new Actor("l", Roles.Learner, OrganizationKind.College, graduate.CollegeId, LearnerId: graduate.Id).CanWrite(row));
        Assert.False(new Actor("l2", Roles.Learner, OrganizationKind.College, graduate.CollegeId, LearnerId: Guid.NewGuid()).CanWrite(row));
        Assert.False(new Actor("s2", Roles.CollegeStaff, OrganizationKind.College, Guid.NewGuid()).CanWrite(row));
        Assert.False(new Actor("m", Roles.MinistryAnalyst, OrganizationKind.Ministry, Guid.NewGuid()).CanWrite(row));
        Assert.False(new Actor("e", Roles.EmployerAdmin, OrganizationKind.Employer, Guid.NewGuid()).CanWrite(row));
    }
}
