namespace WblPortal.Web;

/// <summary>Marker for the strings of partnerships, information events and the inbox (College and Employer pages):
/// Resources/PartnershipResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class PartnershipResource;
