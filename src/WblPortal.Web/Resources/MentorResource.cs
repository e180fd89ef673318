namespace WblPortal.Web;

/// <summary>Marker for the strings of the Mentor pages: Resources/MentorResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class MentorResource;
