using WblPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Documents;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Data;
using WblPortal.Infrastructure.Data.Access;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.Web.Features.Documents;

/// <summary>A tripartite agreement as a printable document, for any of its three parties.</summary>
public static class LoadAgreementDocument
{

    public sealed class Handler(WblDbContext db, DocumentCodes.Handler codes, TimeProvider clock)
    {
        public async Task<OfficialDocument?> LoadAsync(Guid id, DocumentLanguage language, CancellationToken cancellationToken)
        {
            // Who may read the agreement is decided here, by the actor's filter (the college, the employer party, the learner).
            var agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (agreement is null)
            {
                return null;
            }

            // The paper names all three parties, while each party's filter hides the others' records (an employer sees
            // no learners, a learner no employers). Having read the agreement, the party reads the particulars this
            // agreement names — by their ids from it, and nothing else.
            var particulars = await db.Placements.ReadThroughCollegeOf(agreement)
                .Where(p => p.Id == agreement.PlacementId)
                .Select(p => new
                {
                    p.StartDate,
                    p.EndDate,
                    FormKy = p.Form!.NameKy,
                    FormRu = p.Form.NameRu,
                    College = new { p.College!.NameKy, p.College.NameRu, p.College.Address, p.College.City, p.College.DirectorName },
                    Employer = new { p.Employer!.Name, p.Employer.Address, p.Employer.Inn, p.Employer.ContactPerson },
                    Mentor = p.Mentor == null ? null : p.Mentor.FullName,
                    Requirements = p.Programme!.MentorRequirements,
                })
                .SingleAsync(cancellationToken);
            var learner = await db.Learners.ReadThroughCollegeOf(agreement)
                .Where(l => l.Id == agreement.LearnerId)
                .Select(l => new
                {
                    l.LastName, l.FirstName, l.Patronymic, l.DateOfBirth, l.Phone, l.Email, l.RepresentativeName, Group = l.Group!.Name,
                    l.Group.Specialty!.Code, SpecialtyKy = l.Group.Specialty.NameKy, SpecialtyRu = l.Group.Specialty.NameRu,
                })
                .SingleAsync(cancellationToken);
            // Law No. 58: the learner's birth date and contacts are printed only while their consent to transfer their
            // personal data to the employer is in force (read through the agreement's college, the same for all three
            // parties: the paper is one contract). Without it the learner is named with their group only.
            var transferAllowed = await db.PersonalDataConsents.ReadThroughCollegeOf(agreement)
                .AnyAsync(c => c.LearnerId == agreement.LearnerId && c.Purpose == ConsentPurpose.TransferToEmployer && c.WithdrawnAt == null,
                    cancellationToken);
            var created = await db.AgreementHistory.ReadThroughCollegeOf(agreement)
                .Where(h => h.AgreementId == agreement.Id).MinAsync(h => (DateTimeOffset?)h.At, cancellationToken);
            var date = BishkekTime.DayOf(created ?? clock.GetUtcNow());
            // The number comes from the college's register of agreements for the year, taken when the code is created.
            var verification = await codes.GetOrCreateAsync(IssuedDocumentKind.TripartiteAgreement, agreement.Id, null, date,
                agreement.CollegeId, agreement.EmployerId, cancellationToken);
            var number = verification.Number ?? "";

            var minor = Learner.AgeOn(learner.DateOfBirth, particulars.StartDate) < 18;
            var representative = agreement.RepresentativeName ?? (minor ? learner.RepresentativeName : null);
            var r = particulars.Requirements;
            return new AgreementDocument(new AgreementModel
            {
                Number = number,
                Date = date,
                City = particulars.College.City,
                CollegeName = language.Pick(particulars.College.NameKy, particulars.College.NameRu),
                CollegeAddress = particulars.College.Address,
                DirectorName = particulars.College.DirectorName,
                EmployerName = particulars.Employer.Name,
                EmployerAddress = particulars.Employer.Address,
                EmployerInn = particulars.Employer.Inn,
                EmployerSigner = particulars.Employer.ContactPerson,
                LearnerName = string.IsNullOrWhiteSpace(learner.Patronymic) ? $"{learner.LastName} {learner.FirstName}" : $"{learner.LastName} {learner.FirstName} {learner.Patronymic}",
                Group = learner.Group,
                LearnerDetails = transferAllowed ? new LearnerDetailsModel(learner.DateOfBirth, learner.Phone, learner.Email) : null,
                Specialty = $"{learner.Code} {language.Pick(learner.SpecialtyKy, learner.SpecialtyRu)}",
                RepresentativeName = representative,
                FormName = language.Pick(particulars.FormKy, particulars.FormRu),
                Start = particulars.StartDate,
                End = particulars.EndDate,
                MentorName = particulars.Mentor,
                MentorRequirements = r is null ? null : new MentorRequirementsModel(r.MinEducationLevel, r.MinYearsOfExperience, r.MinSkillGrade, r.PedagogicalTrainingRequired, r.Notes),
                Verification = verification with { Issued = agreement.Status is WblPortal.Domain.Agreements.AgreementStatus.Confirmed or WblPortal.Domain.Agreements.AgreementStatus.SignedOnPaper },
            }, language);
        }
    }
}
