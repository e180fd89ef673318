namespace WblPortal.Web;

/// <summary>Marker for the placement pages of the College and Employer areas: Resources/PlacementResource(.ky|.ru).resx
/// (neutral = English).</summary>
public sealed class PlacementResource;
