namespace WblPortal.Web;

/// <summary>Marker for the workflow messages (domain <c>WorkflowException</c> keys and inbox notifications):
/// Resources/WorkflowResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class WorkflowResource;
