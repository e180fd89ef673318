namespace WblPortal.Web;

/// <summary>Marker for the strings of the Ministry pages: Resources/MinistryResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class MinistryResource;
