namespace WblPortal.Web;

/// <summary>Marker for the strings of the Learner pages: Resources/LearnerResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class LearnerResource;
