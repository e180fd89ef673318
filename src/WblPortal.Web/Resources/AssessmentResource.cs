namespace WblPortal.Web;

/// <summary>Marker for the joint competency assessment pages of every area, their refusal messages (Assessment_*)
/// and document 5g: Resources/AssessmentResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class AssessmentResource;
