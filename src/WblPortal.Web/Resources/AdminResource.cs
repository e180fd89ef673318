namespace WblPortal.Web;

/// <summary>Marker for the strings of the Admin pages: Resources/AdminResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class AdminResource;
