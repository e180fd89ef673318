using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WblPortal.Domain.Access;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Common;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Mentors;
using WblPortal.Domain.Reference;
using WblPortal.Infrastructure.Data.Seeding;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Fluent builders for test rows, written through the real context as the system actor.
/// Every value has a unique default, so tests name only what they are about.</summary>
public sealed partial class TestData(PortalFactory factory)
{
    public const string Password = "Test-password-1";
    private static int _sequence;

    public static int Next() => Interlocked.Increment(ref _sequence);

    /// <summary>A 14-digit number unique in this run (ПИН, ИНН).</summary>
    public static string UniqueDigits14(char first = '2') => first + (100_000_000_000L + Next()).ToString("0000000000000")[..13];

    public async Task<T> SaveAsync<T>(T entity) where T : class
    {
        await using var db = factory.CreateDbContext();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public Task<College> CollegeAsync(Action<College>? configure = null)
    {
        var n = Next();
        var college = new College
        {
            NameKy = $"Сыноо колледжи №{n}",
            NameRu = $"Тестовый колледж №{n}",
            RegionId = 1,
            City = "Бишкек",
            Address = $"Бишкек ш., Токтогул көч., {n}",
            DirectorName = "Асанов Асан",
        };
        configure?.Invoke(college);
        return SaveAsync(college);
    }

    public Task<Employer> EmployerAsync(Action<Employer>? configure = null)
    {
        var n = Next();
        var employer = new Employer
        {
            Name = $"\"Сыноо ишканасы {n}\" ЖЧК",
            Inn = UniqueDigits14('0'),
            Sector = EconomicSector.Construction,
            RegionId = 1,
            Address = "Бишкек ш.",
            ContactPerson = "Бакыт Жээнбеков",
        };
        configure?.Invoke(employer);
        return SaveAsync(employer);
    }

    public Task<Specialty> SpecialtyAsync(College college, Action<Specialty>? configure = null)
    {
        var n = Next();
        var specialty = new Specialty { CollegeId = college.Id, Code = $"{100000 + n}", NameKy = $"Адистик {n}", NameRu = $"Специальность {n}", NqfLevelId = 5 };
        configure?.Invoke(specialty);
        return SaveAsync(specialty);
    }

    public Task<Curator> CuratorAsync(College college, Action<Curator>? configure = null)
    {
        var curator = new Curator { CollegeId = college.Id, FullName = $"Куратор {Next()}", Position = "Окутуучу" };
        configure?.Invoke(curator);
        return SaveAsync(curator);
    }

    public async Task<StudyGroup> GroupAsync(College college, Specialty? specialty = null, Action<StudyGroup>? configure = null)
    {
        specialty ??= await SpecialtyAsync(college);
        var group = new StudyGroup { CollegeId = college.Id, SpecialtyId = specialty.Id, Name = $"Г-{Next()}", IntakeYear = 2025, YearOfStudy = 2 };
        configure?.Invoke(group);
        return await SaveAsync(group);
    }

    public async Task<Learner> LearnerAsync(College college, StudyGroup? group = null, Action<Learner>? configure = null)
    {
        group ??= await GroupAsync(college);
        var learner = new Learner
        {
            CollegeId = college.Id,
            GroupId = group.Id,
            LastName = "Өмүрбекова",
            FirstName = $"Айгүл{Next()}",
            Pin = UniqueDigits14('1'),
            DateOfBirth = new DateOnly(2007, 5, 1),
            Gender = Gender.Female,
        };
        configure?.Invoke(learner);
        return await SaveAsync(learner);
    }

    public Task<Mentor> MentorAsync(Employer employer, Action<Mentor>? configure = null)
    {
        var mentor = new Mentor { EmployerId = employer.Id, FullName = $"Насаатчы {Next()}", Position = "Мастер", EducationLevel = EducationLevel.Higher, YearsOfExperience = 5 };
        configure?.Invoke(mentor);
        return SaveAsync(mentor);
    }

    public Task<Ministry> MinistryAsync() =>
        SaveAsync(new Ministry { NameKy = "Министрлик", NameRu = "Министерство", NameEn = "Ministry" });

    /// <summary>A user who can sign in with <see cref="Password"/>.</summary>
    public async Task<ApplicationUser> UserAsync(string role, Guid? organizationId = null, Guid? mentorId = null, Guid? learnerId = null)
    {
        using var scope = factory.Services.CreateScope();
        await DemoDataSeeder.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{role.ToLowerInvariant()}{Next()}@test.kg";
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = $"{role} {Next()}",
            OrganizationKind = Roles.OrganizationKindOf(role),
            OrganizationId = organizationId,
            MentorId = mentorId,
            LearnerId = learnerId,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }
}
