namespace WblPortal.Web;

/// <summary>Marker for the strings of the Account pages: Resources/AccountResource(.ky|.ru).resx (neutral = English).</summary>
public sealed class AccountResource;
