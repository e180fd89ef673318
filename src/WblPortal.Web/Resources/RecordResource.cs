namespace WblPortal.Web;

/// <summary>Marker for the learner's WBL record across years and the
/// certificate of WBL results (document i): Resources/RecordResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class RecordResource;
