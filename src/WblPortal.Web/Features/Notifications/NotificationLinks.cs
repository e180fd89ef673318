using WblPortal.Web.Authorization;

namespace WblPortal.Web.Features.Notifications;

/// <summary>Where the page of a notification's subject is, in the recipient's Area.</summary>
public static class NotificationLinks
{
    public static string? For(string subjectType, Guid subjectId, string? role)
    {
        var area = Policies.AreaOf(role);
        if (area.Length > 0 && subjectType is SendReminders.DiarySubject or SendReminders.AssessmentsSubject)
        {
            // Reminders (SendReminders): a learner's diary, the assessments of a placement.
            return subjectType == SendReminders.DiarySubject ? $"/{area}/Diaries/Learner/{subjectId}" : $"/{area}/Assessments?placement={subjectId}";
        }

        var controller = subjectType switch
        {
            "Partnership" => "Partnerships",
            "InformationEvent" => "Events",
            "Placement" => "Placements",
            "WblProgramme" => "Programmes",
            "TripartiteAgreement" => "Agreements",
            "Order" => "Orders",
            "AnnualReport" => "Reports",
            _ => null,
        };
        return controller is null || area.Length == 0 ? null : $"/{area}/{controller}/Details/{subjectId}";
    }
}
