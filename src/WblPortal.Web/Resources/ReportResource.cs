namespace WblPortal.Web;

/// <summary>Marker for the strings of annual WBL reports and the concept's roadmap (College, Employer and Ministry
/// pages, refusal keys of <c>AnnualReport</c>): Resources/ReportResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class ReportResource;
