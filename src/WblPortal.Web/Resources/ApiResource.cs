namespace WblPortal.Web;

/// <summary>Marker for the strings of the API clients' admin pages, the API's problem answers and the open-data page:
/// Resources/ApiResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class ApiResource;
