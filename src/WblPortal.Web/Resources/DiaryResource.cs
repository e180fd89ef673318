namespace WblPortal.Web;

/// <summary>Marker for the diary workspace (safety induction, diary, mentor's notes) in every area:
/// Resources/DiaryResource(.ky|.ru).resx (neutral = English), including the domain's refusal keys.</summary>
public sealed class DiaryResource;
