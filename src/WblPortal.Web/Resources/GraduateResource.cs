namespace WblPortal.Web;

/// <summary>Marker for graduate employment (College and Learner areas), the learner's placement pages and employers'
/// sites with their capacity: Resources/GraduateResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class GraduateResource;
