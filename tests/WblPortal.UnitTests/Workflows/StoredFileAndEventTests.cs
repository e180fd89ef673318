using WblPortal.Domain.Events;
using WblPortal.Domain.Files;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class StoredFileAndEventTests
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[100], .. "\n%%EOF\n"u8.ToArray()];

    [Fact]
    public void Create_Pdf_KeepsSizeAndSha256()
    {
        var file = StoredFile.Create("келишим.pdf", Pdf, CollegeId, EmployerId, CollegeStaff, At);
        Assert.Equal(Pdf.Length, file.Size);
        Assert.Equal(64, file.Sha256.Length);
    }

    [Fact]
    public void Create_OverTenMegabytes_Throws()
    {
        var big = new byte[StoredFile.MaxSize + 1];
        Pdf.CopyTo(big, 0);
        Throws("File_TooLarge", () => StoredFile.Create("a.pdf", big, CollegeId, null, CollegeStaff, At));
    }

    [Fact]
    public void Create_ContentOfNoAllowedType_Throws() =>
        Throws("File_TypeNotAllowed", () => StoredFile.Create("a.pdf", [0x4D, 0x5A, 0x90, 0x00, .. new byte[100]], CollegeId, null, CollegeStaff, At));

    [Fact]
    public void Create_PdfNamedHtml_IsStoredUnderPdfName() =>
        Assert.Equal("scan.pdf", StoredFile.Create("scan.html", Pdf, CollegeId, null, CollegeStaff, At).FileName);

    [Fact]
    public void Event_PlannedHeldAttendance()
    {
        Throws("Event_FormNotAnEvent", () => InformationEvent.Create(CollegeId, ProductionPractice, "x", At));
        var e = InformationEvent.Create(CollegeId, Form(1), "Конок лекциясы: курулуштагы коопсуздук", At);
        e.AddEmployer(EmployerId, "Жээнбеков Н.");
        Throws("Event_EmployerAlreadyAdded", () => e.AddEmployer(EmployerId, null));
        var learner = Learner();
        Throws("Event_NotHeld", () => e.RecordAttendance(learner, true));
        e.MarkHeld();
        e.RecordAttendance(learner, true);
        e.RecordAttendance(learner, false);
        Assert.False(Assert.Single(e.Attendance).Attended);
        Throws("Event_InvalidTransition", () => e.Cancel("x"));
    }
}
