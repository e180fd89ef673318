namespace WblPortal.Web;

/// <summary>Marker for the strings of the WBL programme pages (college, employer) and of the forms catalogue (admin):
/// Resources/ProgrammeResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class ProgrammeResource;
