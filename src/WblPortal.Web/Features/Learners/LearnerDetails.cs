using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Common;
using WblPortal.Domain.Learners;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Learners;

/// <summary>One learner's record with their group, specialty and curator.</summary>
public static class LearnerDetails
{
    public sealed record View(Guid Id, string FullName, string Pin, DateOnly DateOfBirth, Gender Gender, bool HasSpecialNeeds,
        string? SpecialNeedsNote, string? RepresentativeName, string? RepresentativePhone, string? Phone, string? Email,
        Guid GroupId, string Group, string SpecialtyCode, string SpecialtyNameKy, string SpecialtyNameRu, int YearOfStudy, string? Curator, DateOnly? ErasedOn = null)
    {
        public string Specialty => SpecialtyCode + " " + LocalizedName.Pick(SpecialtyNameKy, SpecialtyNameRu, null, CultureInfo.CurrentUICulture.Name);

        public int AgeOn(DateOnly day) => Learner.AgeOn(DateOfBirth, day);

        /// <summary>CollegeResource keys of the ПИН warnings (see <see cref="PinCheck"/>).</summary>
        /// <remarks>None once the retention period erased the learner's personal data (the PIN is a placeholder).</remarks>
        public IReadOnlyList<string> PinWarnings => ErasedOn is null ? PinCheck.Warnings(Pin, DateOfBirth, Gender) : [];

        /// <summary>The learner's consents (Law No. 58) and the paper-consent form (as posted, when it was refused).</summary>
        public Consents.LearnerConsents.Summary? Consents { get; init; }

        public Consents.RecordPaperConsent.Command ConsentForm { get; init; } = new();
    }

    public sealed class Handler(WblDbContext db)
    {
        public Task<View?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
            db.Learners.AsNoTracking().Where(l => l.Id == id)
                .Select(l => new View(l.Id, l.LastName + " " + l.FirstName + (l.Patronymic == null ? "" : " " + l.Patronymic), l.Pin,
                    l.DateOfBirth, l.Gender, l.HasSpecialNeeds, l.SpecialNeedsNote, l.RepresentativeName, l.RepresentativePhone, l.Phone,
                    l.Email, l.GroupId, l.Group!.Name, l.Group.Specialty!.Code, l.Group.Specialty.NameKy, l.Group.Specialty.NameRu,
                    l.Group.YearOfStudy, l.Group.Curator == null ? null : l.Group.Curator.FullName, l.ErasedOn))
                .SingleOrDefaultAsync(cancellationToken);
    }
}
