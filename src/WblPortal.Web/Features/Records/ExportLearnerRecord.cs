using Microsoft.Extensions.Localization;
using WblPortal.Web.Infrastructure.Lists;

namespace WblPortal.Web.Features.Records;

/// <summary>The record as an xlsx sheet: one row per placement with its hours, grade and the outcomes reached.</summary>
public static class ExportLearnerRecord
{
    public static Task<byte[]> WriteAsync(LearnerRecord.Model record, IStringLocalizer<RecordResource> r, IStringLocalizer<GraduateResource> g,
        IStringLocalizer<PlacementResource> p, IStringLocalizer<AssessmentResource> a, CancellationToken cancellationToken) =>
        XlsxFile.WriteAsync(r["Record_Sheet"],
            [r["Record_Year"], r["Record_Form"], r["Record_Stage"], r["Record_Employer"], p["Placement_Start"], p["Placement_End"], r["Record_Status"],
             r["Record_Planned"], r["Record_Done"], r["Record_Grade"], r["Record_OutcomesColumn"]],
            record.Placements,
            x => [x.Year, x.Form, g["Stage_" + x.Stage].Value, x.Employer ?? r["Record_AtCollege"].Value, x.StartDate, x.EndDate,
                p["Status_" + x.Status].Value, x.PlannedHours, x.DoneHours, x.Grade,
                string.Join("; ", x.Outcomes.Select(o => $"{o.Code} ({a["Level_" + o.Level].Value})"))],
            cancellationToken);
}
