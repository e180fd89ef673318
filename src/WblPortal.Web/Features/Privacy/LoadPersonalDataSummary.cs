using WblPortal.Domain.Common;
using System.Globalization;
using Microsoft.Extensions.Localization;
using WblPortal.Infrastructure.Documents.Official;

namespace WblPortal.Web.Features.Privacy;

/// <summary>The learner's personal-data summary as a PDF (Kyrgyz, or Russian when the portal is read in Russian): the
/// same data as <see cref="SubjectAccess"/>'s JSON, with the statuses in the portal's words.</summary>
public static class LoadPersonalDataSummary
{
    public sealed class Handler(SubjectAccess.Handler data, IStringLocalizer<PrivacyResource> pv, IStringLocalizer<SharedResource> l,
        IStringLocalizer<CollegeResource> c, IStringLocalizer<PlacementResource> p, IStringLocalizer<DiaryResource> d,
        IStringLocalizer<AssessmentResource> a, IStringLocalizer<GraduateResource> g)
    {
        public async Task<PersonalDataSummaryDocument?> LoadMineAsync(CancellationToken cancellationToken)
        {
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru" ? DocumentLanguage.Ru : DocumentLanguage.Ky;
            var model = await data.LoadMineAsync(cancellationToken);
            if (model is null)
            {
                return null;
            }

            // The statuses and labels are read from the resources in the document's language.
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == DocumentLanguage.Ru ? "ru-KG" : "ky-KG");
            try
            {
                return new PersonalDataSummaryDocument(Build(model, language), language);
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }

        private PersonalDataSummaryModel Build(SubjectAccess.Model m, DocumentLanguage language)
        {
            var x = m.Person;
            static string Day(DateOnly day) => OfficialDates.Short(day);
            static string Moment(DateTimeOffset at) => at.ToOffset(BishkekTime.Offset).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
            var details = new List<(string, string)>
            {
                (c["Learner_LastName"], x.LastName), (c["Learner_FirstName"], x.FirstName), (c["Learner_Patronymic"], x.Patronymic ?? "—"),
                (c["Learner_Pin"], x.Pin), (c["Learner_DateOfBirth"], Day(x.DateOfBirth)),
                (c["Learner_Gender"], l[x.Gender == Domain.Common.Gender.Female ? "Gender_Female" : "Gender_Male"]),
                (c["Learner_Group"], x.Group), (c["Learner_HasSpecialNeeds"], l[x.HasSpecialNeeds ? "Common_Yes" : "Common_No"]),
                (c["Learner_SpecialNeedsNote"], x.SpecialNeedsNote ?? "—"), (c["Learner_RepresentativeName"], x.RepresentativeName ?? "—"),
                (c["Learner_RepresentativePhone"], x.RepresentativePhone ?? "—"), (c["Field_Phone"], x.Phone ?? "—"), (c["Field_Email"], x.Email ?? "—"),
            };
            return new PersonalDataSummaryModel
            {
                CollegeName = x.College,
                Date = BishkekTime.DayOf(m.GeneratedAt),
                Details = details,
                Placements = m.Placements.Select(r => (IReadOnlyList<string?>)
                    [r.Form, r.Employer, OfficialDates.Period(r.StartDate, r.EndDate, language), p["Status_" + r.Status], r.Mentor]).ToList(),
                Diary = m.Diary.Select(r => (IReadOnlyList<string?>)
                    [Day(r.Date), OfficialDates.Number(r.Hours), r.Tasks, d["Status_" + r.Status]]).ToList(),
                Assessments = m.Assessments.Select(r => (IReadOnlyList<string?>)
                    [Moment(r.StartedAt), a["Status_" + r.Status], r.FinalGrade?.ToString(CultureInfo.InvariantCulture), r.FinalComment]).ToList(),
                Employment = m.Employment.Select(r => (IReadOnlyList<string?>)
                    [g["Checkpoint_" + r.Checkpoint], g["Status_" + r.Status], r.EmployerName, r.Position]).ToList(),
                AccessLog = m.AccessLog.Select(r => (IReadOnlyList<string?>)
                    [Moment(r.At), r.UserName + (r.Role is null ? "" : " (" + l["Role_" + r.Role] + ")"), pv["View_" + r.What]]).ToList(),
            };
        }
    }
}
