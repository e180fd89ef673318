using WblPortal.Domain.Common;
using WblPortal.Domain.Documents;
using WblPortal.Infrastructure.Documents.Official;
using WblPortal.Web.Features.Documents;

namespace WblPortal.Web.Features.Records;

/// <summary>Document 5i: the learner's certificate of WBL results, from the same record the page shows, for the
/// learner and the learner's college. One verification code per learner (printed again on every later download); the
/// public check shows only the kind, number, first issue date and the college.</summary>
public static class LoadLearnerCertificate
{

    public sealed class Handler(LearnerRecord.Handler records, DocumentCodes.Handler codes, TimeProvider clock)
    {
        /// <param name="learnerId">The learner; null: the signed-in learner.</param>
        public async Task<LearnerCertificateDocument?> LoadAsync(Guid? learnerId, DocumentLanguage language, CancellationToken cancellationToken)
        {
            var r = learnerId is { } id ? await records.LoadAsync(id, cancellationToken) : await records.LoadMineAsync(cancellationToken);
            if (r is null)
            {
                return null;
            }

            var date = BishkekTime.Today(clock);
            // The number comes from the college's register of certificates for the year of the first issue.
            var verification = await codes.GetOrCreateAsync(IssuedDocumentKind.LearnerCertificate, r.LearnerId, null, date, r.CollegeId, null,
                cancellationToken);
            var number = verification.Number ?? "";
            string Form(LearnerRecord.Placement p) => language.Pick(p.FormKy, p.FormRu);
            return new LearnerCertificateDocument(new LearnerCertificateModel
            {
                Number = number,
                Date = date,
                City = r.CollegeCity,
                CollegeName = language.Pick(r.CollegeKy, r.CollegeRu),
                CollegeAddress = r.CollegeAddress,
                DirectorName = r.DirectorName,
                LearnerName = r.LearnerName,
                Group = r.Group,
                Specialty = $"{r.SpecialtyCode} {language.Pick(r.SpecialtyKy, r.SpecialtyRu)}",
                Placements = r.Placements.Select(p => new CertificatePlacement(p.Year, Form(p), p.Stage, p.Employer, p.StartDate, p.EndDate,
                    p.PlannedHours, p.DoneHours, p.Grade)).ToList(),
                Outcomes = r.Achieved.Select(x => new CertificateOutcome(x.Placement.Year, Form(x.Placement), x.Outcome.Code, x.Outcome.Text, x.Outcome.Level)).ToList(),
                Verification = verification,
            }, language);
        }
    }
}
