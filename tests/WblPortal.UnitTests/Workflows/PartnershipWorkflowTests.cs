using WblPortal.Domain.Partnerships;
using static WblPortal.UnitTests.Workflows.Wf;

namespace WblPortal.UnitTests.Workflows;

public class PartnershipWorkflowTests
{
    private static Partnership New(DateOnly? until = null) => Partnership.Create(CollegeId, EmployerId, PartnershipKind.WblContract, "ЖОО-7",
        new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 1), until ?? new DateOnly(2026, 8, 31), CollegeStaff, At);

    private static Partnership In(PartnershipStatus status)
    {
        var p = New();
        if (status == PartnershipStatus.Draft) return p;
        if (status == PartnershipStatus.SignedOnPaper)
        {
            p.MarkSignedOnPaper(Guid.NewGuid(), CollegeStaff, At);
            return p;
        }

        p.SignAsCollege(CollegeAdmin, At);
        p.SignAsEmployer(EmployerAdmin, At);
        if (status == PartnershipStatus.Expired) p.Expire(new DateOnly(2026, 9, 1), CollegeAdmin, At);
        if (status == PartnershipStatus.Terminated) p.Terminate("Ишкана жабылды", CollegeAdmin, At);
        return p;
    }

    [Fact]
    public void BothSidesSign_ThenSigned()
    {
        var p = New();
        p.SignAsEmployer(EmployerAdmin, At);
        Assert.Equal(PartnershipStatus.Draft, p.Status);
        Assert.Contains(p.RaisedNotifications, n => n.RecipientCollegeId == CollegeId);
        p.SignAsCollege(CollegeAdmin, At);
        Assert.Equal(PartnershipStatus.Signed, p.Status);
        Assert.True(p.IsActiveOn(new DateOnly(2026, 1, 15)));
        Assert.False(p.IsActiveOn(new DateOnly(2026, 9, 1)));
        Assert.Equal(3, p.History.Count);
    }

    [Fact]
    public void Sign_ByTheWrongParty_OrTwice_Throws()
    {
        var p = New();
        Throws("Partnership_CollegeAdminOnly", () => p.SignAsCollege(EmployerAdmin, At));
        Throws("Partnership_EmployerAdminOnly", () => p.SignAsEmployer(CollegeAdmin, At));
        p.SignAsCollege(CollegeAdmin, At);
        Throws("Partnership_AlreadySigned", () => p.SignAsCollege(CollegeAdmin, At));
    }

    [Fact]
    public void Create_ValidUntilBeforeValidFrom_Throws() =>
        Throws("Partnership_InvalidDates", () => New(new DateOnly(2025, 1, 1)));

    [Theory]
    [InlineData(PartnershipStatus.Draft, false, false, true)]
    [InlineData(PartnershipStatus.Signed, true, true, false)]
    [InlineData(PartnershipStatus.SignedOnPaper, true, true, false)]
    [InlineData(PartnershipStatus.Expired, false, false, false)]
    [InlineData(PartnershipStatus.Terminated, false, false, false)]
    public void Transitions_FromEveryStatus(PartnershipStatus from, bool canExpire, bool canTerminate, bool canSign)
    {
        Check(In(from), p => p.Expire(new DateOnly(2026, 9, 1), CollegeAdmin, At), canExpire, PartnershipStatus.Expired);
        Check(In(from), p => p.Terminate("Себеп", EmployerAdmin, At), canTerminate, PartnershipStatus.Terminated);
        Check(In(from), p => p.MarkSignedOnPaper(Guid.NewGuid(), CollegeStaff, At), canSign, PartnershipStatus.SignedOnPaper);
        Check(In(from), p => { p.SignAsCollege(CollegeAdmin, At); p.SignAsEmployer(EmployerAdmin, At); }, canSign, PartnershipStatus.Signed);

        static void Check(Partnership p, Action<Partnership> step, bool allowed, PartnershipStatus to)
        {
            if (allowed)
            {
                step(p);
                Assert.Equal(to, p.Status);
            }
            else
            {
                Throws("Partnership_InvalidTransition", () => step(p));
            }
        }
    }

    [Fact]
    public void Expire_WhileStillValid_Throws() =>
        Throws("Partnership_StillValid", () => In(PartnershipStatus.Signed).Expire(new DateOnly(2026, 8, 31), CollegeAdmin, At));

    [Fact]
    public void Terminate_WithoutReason_Throws() =>
        Throws("Partnership_ReasonRequired", () => In(PartnershipStatus.Signed).Terminate(" ", CollegeAdmin, At));

    [Fact]
    public void Terminate_ByTheEmployer_NotifiesTheCollege()
    {
        var p = In(PartnershipStatus.Signed);
        p.ClearRaisedNotifications();
        p.Terminate("Келишим бузулду", EmployerAdmin, At);
        Assert.Contains(p.RaisedNotifications, n => n.RecipientCollegeId == CollegeId && n.MessageKey == "Notify_PartnershipTerminated");
    }
}
