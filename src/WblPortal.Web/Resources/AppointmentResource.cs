namespace WblPortal.Web;

/// <summary>Marker for the mentor appointments (enterprise orders, requirement flags) and the mentor registry with
/// trainings: Resources/AppointmentResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class AppointmentResource;
