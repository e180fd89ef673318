namespace WblPortal.Web;

/// <summary>Marker for the strings of the Employer pages: Resources/EmployerResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class EmployerResource;
