namespace WblPortal.Web;

/// <summary>Marker for the strings of the tripartite agreements and orders pages (all Areas):
/// Resources/AgreementResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class AgreementResource;
