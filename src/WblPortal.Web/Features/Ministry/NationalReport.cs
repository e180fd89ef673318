using System.Globalization;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Privacy;
using WblPortal.Infrastructure.Documents;
using WblPortal.Infrastructure.Statistics;

namespace WblPortal.Web.Features.Ministry;

/// <summary>The national report on the Documents layout layer: the dashboard's headline counts, each figure's table
/// and Table 1, in the current UI culture (the controller sets ky-KG, ru-KG or en). Counts only.</summary>
public static class NationalReport
{
    public static PdfDocumentBuilder Build(NationalDashboard.Model model, FormsByCollege.Model table1, IStringLocalizer<MinistryResource> m, string year)
    {
        var builder = new PdfDocumentBuilder(new DocumentOptions
        {
            Orientation = PageOrientation.Landscape,
            FontSize = 10,
            HeaderText = $"{m["Dashboard_Title"]} · {year}",
            Language = CultureInfo.CurrentUICulture.Name,
            Title = $"{m["Dashboard_Title"]}: {year}",
        });
        builder.Heading($"{m["Dashboard_Title"]}: {year}", fontSize: 16);
        builder.Paragraph($"{m["Dashboard_CountsOnly"]} {m["Dashboard_InWblDefinition"]} {m["SmallCells_Legend"]}");
        builder.Table(
            [TableColumn.Relative(4), TableColumn.Relative(1, TextAlignment.Right)],
            [m["Col_Indicator"], m["Col_Value"]],
            model.Stats.Select(s => (IReadOnlyList<string?>)[s.Label, SmallCell.Format(s.Value, CultureInfo.CurrentCulture)]));
        foreach (var figure in model.Figures)
        {
            builder.Heading(figure.Title, alignment: TextAlignment.Left, spaceBefore: 10);
            if (figure.Note is not null)
            {
                builder.Paragraph(figure.Note);
            }

            builder.Table(
                [TableColumn.Relative(4), .. figure.Columns.Select(_ => TableColumn.Relative(1, TextAlignment.Right))],
                [figure.LabelHeader, .. figure.Columns],
                figure.Rows.Select(r => (IReadOnlyList<string?>)[r.Label, .. r.Values.Select(v => SmallCell.Format(v, CultureInfo.CurrentCulture, "0.#"))]));
        }

        builder.Heading(m["Table1_Title"], alignment: TextAlignment.Left, spaceBefore: 10);
        builder.Paragraph(m["Table1_Intro"]);
        builder.Table(
            [TableColumn.Relative(4), .. FormsTable.Columns.Select(_ => TableColumn.Relative(1, TextAlignment.Right))],
            [m["Col_College"], .. FormsTable.Columns.Select(c => m["Table1_" + c.Key].Value)],
            table1.Rows.Select(r => (IReadOnlyList<string?>)[r.College, .. r.Cells.Select(c => c != 0 ? SmallCell.Format(c, CultureInfo.InvariantCulture) : "—")])
                .Append([m["Table1_CollegesRunning"], .. table1.Totals.Select(t => t.ToString(CultureInfo.InvariantCulture))]));
        return builder;
    }
}
