namespace WblPortal.Web;

/// <summary>Marker for the portal's shared strings: Resources/SharedResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class SharedResource;
