namespace WblPortal.Web;

/// <summary>Marker for the strings of the document preview and verification pages: Resources/DocumentResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class DocumentResource;
