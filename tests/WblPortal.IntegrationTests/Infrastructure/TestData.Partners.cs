using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WblPortal.Domain.Colleges;
using WblPortal.Domain.Employers;
using WblPortal.Domain.Events;
using WblPortal.Domain.Learners;
using WblPortal.Domain.Notifications;
using WblPortal.Domain.Partnerships;
using WblPortal.Infrastructure.Identity;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Builders for partnerships, information events and notifications.</summary>
public sealed partial class TestData
{
    public const int GuestLectureFormId = 1;
    public const int JobFairFormId = 2;
    public const int ExcursionFormId = 4;

    /// <summary>A partnership signed by both sides, valid until the given day (two years ahead by default).</summary>
    public Task<Partnership> SignedPartnershipAsync(College college, Employer employer, DateOnly? validUntil = null, PartnershipKind kind = PartnershipKind.CooperationAgreement)
    {
        var p = Partnership.Create(college.Id, employer.Id, kind, $"С-{Next()}", new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 1),
            validUntil ?? DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2), CollegeAdminUser, WorkflowAt);
        p.SignAsCollege(CollegeAdminUser, WorkflowAt);
        p.SignAsEmployer(EmployerAdminUser, WorkflowAt);
        p.ClearRaisedNotifications();
        return SaveAsync(p);
    }

    /// <summary>An information event of the college with the employers taking part; held when asked, with attendance.</summary>
    public async Task<InformationEvent> EventAsync(College college, IEnumerable<Employer>? employers = null, int formId = GuestLectureFormId,
        DateTimeOffset? startsAt = null, bool held = false, IEnumerable<(Learner Learner, bool Attended)>? attendance = null, string? title = null)
    {
        await EnsureWblFormsAsync();
        await using var db = factory.CreateDbContext();
        var form = await db.WblForms.SingleAsync(f => f.Id == formId);
        var ev = InformationEvent.Create(college.Id, form, title ?? $"Конок лекциясы {Next()}", startsAt ?? DateTimeOffset.UtcNow.AddDays(7));
        ev.Location = "Колледждин чоң залы";
        foreach (var e in employers ?? [])
        {
            ev.AddEmployer(e.Id, "Өкүл");
        }

        if (held)
        {
            ev.MarkHeld();
            foreach (var (learner, attended) in attendance ?? [])
            {
                ev.RecordAttendance(learner, attended);
            }
        }

        db.InformationEvents.Add(ev);
        await db.SaveChangesAsync();
        return ev;
    }

    /// <summary>An unread notification to the organization, learner or mentor named.</summary>
    public Task<Notification> NotificationAsync(Guid? collegeId = null, Guid? employerId = null, Guid? learnerId = null, Guid? mentorId = null,
        string key = "Notify_PartnershipSignedByEmployer", string subjectType = "Partnership", Guid? subjectId = null, string? title = null) =>
        SaveAsync(new Notification
        {
            RecipientCollegeId = collegeId,
            RecipientEmployerId = employerId,
            RecipientLearnerId = learnerId,
            RecipientMentorId = mentorId,
            MessageKey = key,
            SubjectType = subjectType,
            SubjectId = subjectId ?? Guid.CreateVersion7(),
            SubjectTitle = title ?? $"К-{Next()}",
            CreatedAt = DateTimeOffset.UtcNow,
        });

    public async Task SetPreferredCultureAsync(ApplicationUser user, string? culture)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Users.SingleAsync(u => u.Id == user.Id);
        row.PreferredCulture = culture;
        await db.SaveChangesAsync();
    }

    /// <summary>A small but complete PDF document (one empty page).</summary>
    public static byte[] MinimalPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:0000000000} 00000 n \n");
        }

        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] MinimalPng() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
}

public static partial class PortalClientFiles
{
    /// <summary>Posts a multipart form with one file, as a browser does, with the antiforgery token of <paramref name="tokenPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this PortalClient client, string url, Dictionary<string, string> fields,
        string fileField, string fileName, string contentType, byte[] content, string tokenPage = "/account/login")
    {
        var page = await (await client.Http.GetAsync(tokenPage)).Content.ReadAsStringAsync();
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Append(new("__RequestVerificationToken", token)))
        {
            form.Add(new StringContent(value), key);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, fileField, fileName);
        return await client.Http.PostAsync(url, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
