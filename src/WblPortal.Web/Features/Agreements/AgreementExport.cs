using Microsoft.Extensions.Localization;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Agreements;

/// <summary>The agreements list as an xlsx workbook, the same in every Area.</summary>
public static class AgreementExport
{
    public static Task<byte[]> WriteAsync(IReadOnlyList<ListAgreements.Row> rows, IStringLocalizer<AgreementResource> a, IStringLocalizer<SharedResource> l,
        CancellationToken cancellationToken) =>
        XlsxFile.WriteAsync(a["Agreements_Title"],
            [a["Agreement_Learner"], a["Agreement_Employer"], a["Agreement_Form"], a["Agreement_Start"], a["Agreement_End"], a["Agreement_Status"],
             a["Agreement_CollegeSide"], a["Agreement_EmployerSide"], a["Agreement_LearnerSide"]],
            rows, r => [r.LearnerName, r.EmployerName, r.Form, r.StartDate, r.EndDate, a["AgreementStatus_" + r.Status].Value,
                Yes(r.CollegeConfirmed), Yes(r.EmployerConfirmed), Yes(r.LearnerConfirmed)],
            cancellationToken);

    private static string Yes(bool value) => value ? "✓" : "";
}
