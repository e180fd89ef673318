using System.Globalization;
using Microsoft.Extensions.Localization;
using WblPortal.Web.Features.Learners;
using WblPortal.Web.Features.Ministry;

namespace WblPortal.Web.Features.Api;

/// <summary>Open data: the national aggregates of an academic year — exactly the ministry dashboard's figures, small
/// cells suppressed — as CSV and JSON for anyone, under CC BY 4.0. The figures are read as the open-data reader
/// (<see cref="ApiClaims.OpenDataReader"/>: a national reader that writes nothing) for the time of the read only, so
/// that the visitor stays anonymous for the rest of the request (and the answer stays cacheable).</summary>
public static class OpenData
{
    public const string Licence = "CC BY 4.0";
    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/";

    public sealed record Document(string Licence, string LicenceUrl, string Attribution, string Source, NationalFiguresExport.Model Figures);

    public sealed class Handler(NationalDashboard.Handler dashboard, IHttpContextAccessor http, TimeProvider clock, PublicLinks links,
        IStringLocalizer<ApiResource> api)
    {
        public async Task<Document> LoadAsync(int? year, CancellationToken cancellationToken)
        {
            var context = http.HttpContext ?? throw new InvalidOperationException("Open data is read within a request.");
            var visitor = context.User;
            context.User = ApiClaims.OpenDataReader;
            try
            {
                var model = await dashboard.LoadAsync(new DashboardFilter { Year = year }.WithYearDefault(clock), cancellationToken);
                return new Document(Licence, LicenceUrl, api["OpenData_Attribution"], links.To("/open-data"), NationalFiguresExport.From(model));
            }
            finally
            {
                context.User = visitor;
            }
        }

        /// <summary>One line per cell: figure, its title, the row, the column and the value ("&lt;5", "×" or a number),
        /// after a first line naming the licence and the source.</summary>
        public byte[] Csv(Document document)
        {
            var f = document.Figures;
            IEnumerable<string[]> Records()
            {
                // Every record has the same five fields (RFC 4180): the licence line fills the first.
                yield return [$"# {api["OpenData_LicenceLine", document.Licence, document.LicenceUrl, document.Source, f.AcademicYear]}", "", "", "", ""];
                yield return ["figure", "figure_title", "row", "column", "value"];
                foreach (var stat in f.Stats)
                {
                    yield return ["summary", api["OpenData_Summary"], stat.Label, "", Text(stat.Value)];
                }

                foreach (var figure in f.Figures)
                {
                    foreach (var row in figure.Rows)
                    {
                        for (var c = 0; c < figure.Columns.Count && c < row.Values.Count; c++)
                        {
                            yield return [figure.Key, figure.Title, row.Label, figure.Columns[c], Text(row.Values[c])];
                        }
                    }
                }
            }

            return ImportLearners.WriteCsv(Records(), byteOrderMark: true);
        }

        private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
    }
}
