using System.Net;

namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Assertions on the redirect a form post or a guarded page answers with.</summary>
public static class Redirects
{
    /// <summary>Asserts a redirect (302/303) to exactly <paramref name="path"/> and returns it.</summary>
    public static string AssertRedirectsTo(this HttpResponseMessage response, string path)
    {
        var location = Location(response);
        Assert.Equal(path, location);
        return location;
    }

    /// <summary>Asserts a redirect to the sign-in page (with or without a return address).</summary>
    public static void AssertRedirectsToSignIn(this HttpResponseMessage response) =>
        Assert.StartsWith("/account/login", Location(response), StringComparison.Ordinal);

    /// <summary>The id at the end of the redirect's address (the row a create form saved).</summary>
    public static Guid RedirectedId(this HttpResponseMessage response) =>
        Guid.Parse(Location(response).Split('/').Last());

    private static string Location(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther,
            $"Expected a redirect, got {(int)response.StatusCode} {response.StatusCode}.");
        var location = response.Headers.Location;
        Assert.NotNull(location);
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
