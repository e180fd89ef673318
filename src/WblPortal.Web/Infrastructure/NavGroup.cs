namespace WblPortal.Web.Infrastructure;

/// <summary>A dropdown group of the navbar (Views/Shared/_NavGroup.cshtml): its title and its links.</summary>
public sealed record NavGroup(string Title, IReadOnlyList<NavGroup.Link> Links)
{
    public sealed record Link(string Href, string Text);
}
