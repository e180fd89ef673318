using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Graduates;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Workflows;

namespace WblPortal.IntegrationTests.Infrastructure;

public sealed partial class TestData
{
    public static readonly WorkflowUser CollegeStaffUser = new("test-college-staff", "Токтосунова Жылдыз", Roles.CollegeStaff);

    /// <summary>A learner who graduated on the date (default: 8 months before the test clock's today, so the 6-month
    /// checkpoint is overdue and the 12-month one upcoming).</summary>
    public Task<Learner> GraduateAsync(College college, DateOnly? graduatedOn = null, StudyGroup? group = null, Action<Learner>? configure = null) =>
        LearnerAsync(college, group, l =>
        {
            l.GraduatedOn = graduatedOn ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(6)).AddMonths(-8);
            configure?.Invoke(l);
        });

    /// <summary>A recorded checkpoint of a graduate.</summary>
    public async Task<GraduateEmployment> EmploymentAsync(Learner graduate, EmploymentCheckpoint checkpoint = EmploymentCheckpoint.SixMonths,
        EmploymentStatus status = EmploymentStatus.EmployedInSpecialty, string? employerName = "ЖЧК «Ала-Тоо Курулуш»", Employer? wblEmployer = null)
    {
        var row = GraduateEmployment.Start(graduate, checkpoint, CollegeStaffUser);
        row.Record(graduate, status, wblEmployer, wblEmployer is null ? [] : [wblEmployer.Id], employerName, "Уста", null, CollegeStaffUser, WorkflowAt,
            DateOnly.FromDateTime(WorkflowAt.Date));
        return await SaveAsync(row);
    }

    public Task<EmployerSite> SiteAsync(Employer employer, string name = "Механикалык цех", int capacity = 3) =>
        SaveAsync(new EmployerSite { EmployerId = employer.Id, Name = name, Capacity = capacity });
}
