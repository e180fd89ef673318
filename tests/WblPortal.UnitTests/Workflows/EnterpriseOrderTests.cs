using WblPortal.Domain.Access;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data.Access;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class EnterpriseOrderTests
{
    private static (Placement Placement, Mentor Mentor) Appointed(MentorRequirements? requirements = null, bool acknowledged = false)
    {
        var p = In(PlacementStatus.Confirmed);
        var mentor = Mentor();
        p.AssignMentor(mentor, requirements, EmployerAdmin, At, acknowledged);
        return (p, mentor);
    }

    private static EnterpriseOrderLearner[] LearnersOf(Placement p) =>
        p.Learners.Select(l => new EnterpriseOrderLearner(l.LearnerId, "Өмүрбекова Айпери", "ПКС-1-25")).ToArray();

    [Fact]
    public void Appointing_ListsEachLearnerUnderTheMentor_WithTheGapsOfTheAppointment()
    {
        var requirements = new MentorRequirements { MinYearsOfExperience = 40 };
        var (p, mentor) = Appointed(requirements, acknowledged: true);

        var order = EnterpriseOrder.Appointing(p, mentor, LearnersOf(p), "Токмок колледжи", "Өндүрүштүк практика", " 12-к ",
            new DateOnly(2026, 3, 30), "Жээнбеков Н.", "Директор", null, EmployerAdmin, At);

        Assert.Equal("12-к", order.Number);
        Assert.Equal(2026, order.Year);
        Assert.Equal(p.Learners.Count, order.Lines.Count);
        Assert.All(order.Lines, l =>
        {
            Assert.Equal(mentor.Id, l.MentorId);
            Assert.Equal(p.CollegeId, l.CollegeId);
            Assert.Equal(EmployerId, l.EmployerId);
            Assert.Equal(MentorRequirementGaps.Experience, l.MentorGaps);
        });
        Assert.Equal([1], order.Lines.Take(1).Select(l => l.LineNo));
    }

    [Fact]
    public void Appointing_AMentorThePlacementDoesNotHave_Throws()
    {
        var (p, _) = Appointed();
        Throws("Placement_MentorOfOtherEmployer", () => EnterpriseOrder.Appointing(p, Mentor(), LearnersOf(p), "К", "Ф", "1",
            new DateOnly(2026, 3, 30), "Ж", "Директор", null, EmployerAdmin, At));
    }

    [Fact]
    public void Appointing_ByTheCollege_Throws()
    {
        var (p, mentor) = Appointed();
        Throws("Placement_EmployerOnly", () => EnterpriseOrder.Appointing(p, mentor, LearnersOf(p), "К", "Ф", "1",
            new DateOnly(2026, 3, 30), "Ж", "Директор", null, CollegeStaff, At));
    }

    [Theory]
    [InlineData("", "Ж", "Директор", "EnterpriseOrder_NumberRequired")]
    [InlineData("1234567890123456789012345678901", "Ж", "Директор", "EnterpriseOrder_NumberTooLong")]
    [InlineData("5", " ", "Директор", "EnterpriseOrder_HeadNameRequired")]
    [InlineData("5", "Ж", "", "EnterpriseOrder_HeadPositionRequired")]
    public void Edit_WithMissingParticulars_Throws(string number, string head, string position, string key)
    {
        var (p, mentor) = Appointed();
        var order = EnterpriseOrder.Appointing(p, mentor, LearnersOf(p), "К", "Ф", "1", new DateOnly(2026, 3, 30), "Ж", "Директор", null, EmployerAdmin, At);
        Throws(key, () => order.Edit(number, new DateOnly(2026, 4, 1), head, position, null));
    }

    [Fact]
    public void RegistryRows_WrittenByTheirEmployerAdminOnly()
    {
        var (p, mentor) = Appointed();
        var order = EnterpriseOrder.Appointing(p, mentor, LearnersOf(p), "К", "Ф", "1", new DateOnly(2026, 3, 30), "Ж", "Директор", null, EmployerAdmin, At);
        var training = MentorTraining.For(mentor, MentorTrainingKind.Pedagogy, new DateOnly(2025, 1, 1), 72, "КМТУ", null);
        var employer = new Actor("e", Roles.EmployerAdmin, OrganizationKind.Employer, EmployerId);
        var other = new Actor("e2", Roles.EmployerAdmin, OrganizationKind.Employer, Guid.NewGuid());
        var mentorUser = new Actor("m", Roles.Mentor, OrganizationKind.Employer, EmployerId, MentorId: mentor.Id);
        var college = new Actor("c", Roles.CollegeAdmin, OrganizationKind.College, p.CollegeId);
        foreach (object row in new object[] { order, order.Lines[0], training })
        {
            Assert.True(employer.CanWrite(row));
            Assert.False(other.CanWrite(row));
            Assert.False(mentorUser.CanWrite(row));
            Assert.False(college.CanWrite(row));
        }
    }
}
