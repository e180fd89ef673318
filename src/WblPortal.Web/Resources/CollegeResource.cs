namespace WblPortal.Web;

/// <summary>Marker for the strings of the College pages: Resources/CollegeResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class CollegeResource;
