namespace WblPortal.Web;

/// <summary>Marker for personal data under Law No. 58 (access log, the learner's own data, retention):
/// Resources/PrivacyResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class PrivacyResource;
