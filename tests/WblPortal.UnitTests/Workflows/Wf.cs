using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Placements;
using WblPortal.Domain.Programmes;
using WblPortal.Domain.Reference;
using WblPortal.Domain.Workflows;
using WblPortal.Infrastructure.Data.Configurations;

namespace WblPortal.UnitTests.Workflows;

/// <summary>Objects for the workflow unit tests, built through the domain's own methods.</summary>
internal static class Wf
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(6));
    public static readonly Guid CollegeId = Guid.CreateVersion7();
    public static readonly Guid EmployerId = Guid.CreateVersion7();

    public static readonly WorkflowUser CollegeAdmin = new("u-college-admin", "Асанова Айгүл", Roles.CollegeAdmin);
    public static readonly WorkflowUser CollegeStaff = new("u-college-staff", "Токтогулов Бакыт", Roles.CollegeStaff);
    public static readonly WorkflowUser EmployerAdmin = new("u-employer-admin", "Жээнбеков Нурлан", Roles.EmployerAdmin);
    public static readonly WorkflowUser LearnerUser = new("u-learner", "Өмүрбекова Айпери", Roles.Learner);

    public static WblForm Form(int id) => ReferenceData.WblForms.Single(f => f.Id == id);

    public static WblForm ProductionPractice => Form(15);
    public static WblForm Excursion => Form(4);
    public static WblForm Workshop => Form(12);
    public static WblForm Competition => Form(13);
    public static WblForm Internship => Form(18);

    public static NqfLevel Level(int level) => ReferenceData.NqfLevels.Single(l => l.Level == level);

    public static Specialty Specialty() => new() { CollegeId = CollegeId, Code = "230101", NameKy = "Программалык камсыздоо", NameRu = "Программное обеспечение", NqfLevelId = 5 };

    public static Competency Competency(Specialty specialty, string code) =>
        new() { CollegeId = CollegeId, SpecialtyId = specialty.Id, Kind = CompetencyKind.Professional, Code = code, NameKy = code, NameRu = code };

    /// <summary>A draft with every section filled: 600 WBL hours of 1000.</summary>
    public static WblProgramme CompleteDraft(Specialty? specialty = null)
    {
        specialty ??= Specialty();
        var p = WblProgramme.Create(specialty, 2025);
        p.NormativeBasis = "Мамлекеттик билим берүү стандарты";
        p.Goal = "Максат";
        p.Procedure = "Тартиби";
        p.SafetyRules = "Эмгекти коргоо";
        p.TotalStudyHours = 1000;
        p.SetLoad(15, 4, 400);
        p.SetLoad(12, 3, 200);
        p.SetFormContent(15, "Темалар", "Натыйжалар", "Чөйрө", "Баалоо", "Таануу");
        p.SetFormContent(12, "Темалар", "Натыйжалар", "Чөйрө", "Баалоо", "Таануу");
        p.AddOutcome("ON1", "Программаны түзөт", [Competency(specialty, "PK1")]);
        return p;
    }

    public static WblProgramme Approved()
    {
        var p = CompleteDraft();
        p.SubmitForDiscussion(CollegeStaff, At);
        p.Approve("12/1", new DateOnly(2025, 8, 28), CollegeAdmin, At);
        return p;
    }

    public static Learner Learner(DateOnly? birth = null) => new()
    {
        CollegeId = CollegeId,
        GroupId = Guid.CreateVersion7(),
        LastName = "Өмүрбекова",
        FirstName = "Айпери",
        Pin = "12005200712345",
        DateOfBirth = birth ?? new DateOnly(2005, 5, 20),
        Gender = Gender.Female,
    };

    public static Mentor Mentor(Guid? employerId = null) => new()
    {
        EmployerId = employerId ?? EmployerId,
        FullName = "Сыдыков Марат",
        Position = "Мастер",
        EducationLevel = EducationLevel.Higher,
        YearsOfExperience = 10,
        SkillGrade = 5,
        PedagogicalTrainingDate = new DateOnly(2024, 1, 10),
    };

    public static Placement Draft(WblForm? form = null, DateOnly? start = null, DateOnly? end = null, int count = 3, int learners = 1)
    {
        form ??= ProductionPractice;
        var p = Placement.Create(Approved(), form, form.NeedsEmployer ? EmployerId : null,
            start ?? new DateOnly(2026, 4, 1), end ?? new DateOnly(2026, 4, 28), count, Guid.CreateVersion7(), CollegeStaff, At);
        for (var i = 0; i < learners; i++)
        {
            p.AddLearner(Learner(), [], CollegeStaff, At);
        }

        return p;
    }

    /// <summary>A placement of the form driven through valid steps to the status.</summary>
    public static Placement In(PlacementStatus status, WblForm? form = null)
    {
        var p = Draft(form);
        if (status == PlacementStatus.Draft)
        {
            return p;
        }

        if (status == PlacementStatus.Cancelled)
        {
            p.Cancel("Себеп", CollegeStaff, At);
            return p;
        }

        if (p.RequiresEmployer)
        {
            p.Propose(CollegeStaff, At);
            switch (status)
            {
                case PlacementStatus.Proposed:
                    return p;
                case PlacementStatus.ChangesRequested:
                    p.RequestChanges(null, null, 2, "Экөөнү гана алабыз", EmployerAdmin, At);
                    return p;
                case PlacementStatus.Declined:
                    p.Decline("Орун жок", EmployerAdmin, At);
                    return p;
            }

            p.Confirm(3, EmployerAdmin, At);
            if (status == PlacementStatus.Confirmed)
            {
                return p;
            }

            if (p.RequiresMentor)
            {
                p.AssignMentor(Mentor(), null, EmployerAdmin, At);
            }

            if (status == PlacementStatus.MentorAssigned)
            {
                return p;
            }
        }

        p.Start(CollegeStaff, At);
        if (status == PlacementStatus.InProgress)
        {
            return p;
        }

        p.Complete(CollegeStaff, At);
        if (status == PlacementStatus.Completed)
        {
            return p;
        }

        p.MarkAssessed(AllLearners(p), CollegeStaff, At);
        return p;
    }

    /// <summary>Every learner of the placement, as if each had a final joint assessment.</summary>
    public static IReadOnlySet<Guid> AllLearners(Placement p) => p.Learners.Select(l => l.LearnerId).ToHashSet();

    public static void Throws(string key, Action action)
    {
        var ex = Assert.Throws<WorkflowException>(action);
        Assert.Equal(key, ex.Key);
    }
}
