using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using WblPortal.IntegrationTests.Infrastructure;

namespace WblPortal.IntegrationTests.Junk;

/// <summary>A signed-in (or anonymous) browser of one demo account, with the area its pages live in.</summary>
public sealed record JunkRole(string Name, string Area, PortalClient Client, string Token);

/// <summary>Crawls each role's pages for real URLs (ids of demo rows) and forms, then sends every junk value to every
/// route's query parameters and every form's fields and collects each 5xx answer.</summary>
public sealed class JunkRun(IReadOnlyList<PortalAction> actions)
{
    private readonly Dictionary<PortalAction, (JunkRole Role, string Url)> _samples = [];
    private readonly Dictionary<string, (JunkRole Role, FoundForm Form)> _forms = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<PortalAction> _formActions = [];
    private readonly Dictionary<string, (JunkRole Role, List<string> Keys)> _sortKeys = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Failures { get; } = [];

    public int Requests { get; private set; }

    public Dictionary<int, int> StatusClasses { get; } = [];

    public int Pages { get; private set; }

    public int SampledRoutes => _samples.Count;

    public int Forms => _forms.Count;

    /// <summary>Follows the role's links breadth-first, fetching only pages of actions not seen yet, and keeps the
    /// first URL of each action and every distinct form.</summary>
    public async Task CrawlAsync(JunkRole role, IEnumerable<string> starts, int budget = 150)
    {
        var queue = new Queue<string>(starts);
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (queue.Count > 0 && budget-- > 0)
        {
            var url = queue.Dequeue();
            if (!visited.Add(url))
            {
                continue;
            }

            using var response = await role.Client.GetAsync(url);
            Pages++;
            Count(response, role, "GET", url, "crawl");
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = await PortalClient.ParseAsync(response);
            var path = url.Split('?')[0];
            foreach (var form in PageForms.Of(document, path))
            {
                var target = form.Action.Split('?')[0];
                if (target.StartsWith('/') && !_forms.ContainsKey(target))
                {
                    _forms[target] = (role, form);
                    if (PortalMap.Match(actions, "POST", target) is { } posted)
                    {
                        _formActions.Add(posted);
                    }
                }
            }

            var keys = document.QuerySelectorAll("th[aria-sort] a[href]")
                .Select(a => System.Web.HttpUtility.ParseQueryString(System.Net.WebUtility.HtmlDecode(a.GetAttribute("href")!).Split('?').ElementAtOrDefault(1) ?? "")["sort"])
                .OfType<string>().Distinct().ToList();
            if (keys.Count > 0 && !_sortKeys.ContainsKey(path))
            {
                _sortKeys[path] = (role, keys);
            }

            foreach (var link in document.QuerySelectorAll("a[href]").OfType<IHtmlAnchorElement>())
            {
                var href = System.Net.WebUtility.HtmlDecode(link.GetAttribute("href") ?? "").Split('#')[0];
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith("/lib/", StringComparison.Ordinal))
                {
                    continue;
                }

                if (PortalMap.Match(actions, "GET", href.Split('?')[0]) is { } action && !_samples.ContainsKey(action))
                {
                    _samples[action] = (role, href);
                    if (role.Area.Length == 0 || href.StartsWith("/" + role.Area, StringComparison.OrdinalIgnoreCase) || action.Area.Length == 0)
                    {
                        queue.Enqueue(href);
                    }
                }
            }
        }
    }

    /// <summary>Every GET route gets each junk value in all of its query parameters (its real id kept), and the
    /// first few junk kinds also in place of its id.</summary>
    public async Task FuzzGetsAsync(IReadOnlyDictionary<string, JunkRole> roleByArea, IReadOnlyList<JunkRole> everyone)
    {
        var gets = actions.Where(a => a.Method == "GET").OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        for (var r = 0; r < gets.Count; r++)
        {
            var action = gets[r];
            var (role, url) = _samples.TryGetValue(action, out var sample)
                ? sample
                : (RoleFor(action, roleByArea, everyone, r), action.PlaceholderPath(action.IntRouteId ? "1" : Guid.NewGuid().ToString()));
            var path = url.Split('?')[0];
            for (var k = 0; k < JunkValue.All.Count; k++)
            {
                var junk = JunkValue.All[k];
                var caller = action.Area.Length == 0 && !_samples.ContainsKey(action) ? everyone[(r + k) % everyone.Count] : role;
                var query = string.Join("&", action.Fields.Select(f => Uri.EscapeDataString(f) + "=" + junk.Encoded));
                var target = query.Length == 0 ? path + "?junk=" + junk.Encoded : path + "?" + query;
                await SendAsync(caller, HttpMethod.Get, target, null, junk.Kind);
                // A NUL byte in the path never reaches the portal: Kestrel refuses it (and TestServer throws).
                if (action.HasRouteId && (k + r) % 3 == 0 && junk.Kind != "nul")
                {
                    var junkId = action.PlaceholderPath(junk.Encoded);
                    await SendAsync(caller, HttpMethod.Get, junkId, null, junk.Kind + " as id");
                }
            }
        }
    }

    /// <summary>Every form found gets each junk value in the fields a user types into (hidden fields and choices
    /// kept valid, so that the value reaches the use case), and, for a third of the kinds, in every field; POST
    /// actions no page showed a form for get each junk value in every bound field.</summary>
    public async Task FuzzPostsAsync(IReadOnlyDictionary<string, JunkRole> roleByArea, IReadOnlyList<JunkRole> everyone)
    {
        var f = 0;
        foreach (var (target, (role, form)) in _forms.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            f++;
            // Signing out ends the role's session; the WBL forms are reference data that Respawn keeps between tests,
            // so junk saved there (a form made inactive) would outlive this test.
            if (target.Equals("/account/logout", StringComparison.OrdinalIgnoreCase) || target.StartsWith("/Admin/WblForms", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            for (var k = 0; k < JunkValue.All.Count; k++)
            {
                var junk = JunkValue.All[k];
                var typed = form.Fields.Select(x => (x.Name, x.Typed ? junk.ForForm : Uri.EscapeDataString(x.Value), x.Typed)).ToList();
                if (typed.Any(x => x.Typed) || form.Multipart)
                {
                    await PostAsync(role, form.Action, typed.Select(x => (x.Name, x.Item2)).ToList(), form.Multipart, junk, junk.Kind + " in typed fields");
                }

                if ((k + f) % 3 == 0 || !typed.Any(x => x.Typed))
                {
                    await PostAsync(role, form.Action, form.Fields.Select(x => (x.Name, junk.ForForm)).ToList(), form.Multipart, junk, junk.Kind + " in every field");
                }
            }
        }

        var posts = actions.Where(a => a.Method == "POST" && !_formActions.Contains(a)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        for (var r = 0; r < posts.Count; r++)
        {
            var action = posts[r];
            if ((action.Controller == "Account" && action.Action == "Logout") || (action.Area == "Admin" && action.Controller == "WblForms"))
            {
                continue;
            }

            var path = action.PlaceholderPath(action.IntRouteId ? "1" : Guid.NewGuid().ToString());
            for (var k = 0; k < JunkValue.All.Count; k++)
            {
                var junk = JunkValue.All[k];
                var role = RoleFor(action, roleByArea, everyone, r + k);
                var fields = action.Fields.Select(x => (x, junk.ForForm)).ToList();
                await PostAsync(role, path, fields, action.Files.Count > 0, junk, junk.Kind + " (no form on any page)", action.Files);
            }
        }

        UnreachedPosts = posts.Select(p => p.Name).ToList();
    }

    public int Lists => _sortKeys.Count;

    public int SortKeys => _sortKeys.Values.Sum(v => v.Keys.Count);

    /// <summary>Every list page found: each of its sort keys ascending and descending, and a junk key, answer 200.</summary>
    public async Task CheckSortKeysAsync()
    {
        foreach (var (path, (role, keys)) in _sortKeys.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            foreach (var query in keys.SelectMany(k => new[] { $"sort={k}", $"sort={k}&desc=true" }).Append("sort=no-such-key%27--&desc=true"))
            {
                using var response = await role.Client.GetAsync(path + "?" + query);
                Requests++;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Failures.Add($"{role.Name} GET {path}?{query}: {(int)response.StatusCode}");
                }
            }
        }
    }

    public IReadOnlyList<string> UnreachedPosts { get; private set; } = [];

    public IEnumerable<string> UnsampledGets =>
        actions.Where(a => a.Method == "GET" && !_samples.ContainsKey(a)).Select(a => a.Name);

    private static JunkRole RoleFor(PortalAction action, IReadOnlyDictionary<string, JunkRole> roleByArea, IReadOnlyList<JunkRole> everyone, int turn) =>
        roleByArea.TryGetValue(action.Area, out var role) ? role : everyone[turn % everyone.Count];

    private async Task PostAsync(JunkRole role, string url, IReadOnlyList<(string Name, string Encoded)> fields, bool multipart, JunkValue junk,
        string what, IReadOnlyList<string>? files = null)
    {
        HttpContent content;
        if (multipart)
        {
            var parts = new MultipartFormDataContent();
            foreach (var (name, encoded) in fields)
            {
                parts.Add(new ByteArrayContent(System.Web.HttpUtility.UrlDecodeToBytes(encoded)), name);
            }

            parts.Add(new StringContent(role.Token), "__RequestVerificationToken");
            foreach (var file in files ?? ["File"])
            {
                parts.Add(new ByteArrayContent(junk.Bytes), file, "junk " + junk.Kind + ".pdf");
            }

            content = parts;
        }
        else
        {
            var body = string.Join("&", fields.Select(x => Uri.EscapeDataString(x.Name) + "=" + x.Encoded)
                .Append("__RequestVerificationToken=" + Uri.EscapeDataString(role.Token)));
            content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        }

        await SendAsync(role, HttpMethod.Post, url, content, what);
    }

    private async Task SendAsync(JunkRole role, HttpMethod method, string url, HttpContent? content, string what)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await role.Client.Http.SendAsync(request);
        }
        catch (Exception ex)
        {
            Failures.Add($"{role.Name} {method} {Short(url)} [{what}]: {ex.GetType().Name}: {ex.Message}");
            return;
        }

        using (response)
        {
            Count(response, role, method.Method, url, what);
        }
    }

    private void Count(HttpResponseMessage response, JunkRole role, string method, string url, string what)
    {
        Requests++;
        var status = (int)response.StatusCode;
        StatusClasses[status / 100] = StatusClasses.GetValueOrDefault(status / 100) + 1;
        if (status >= 500)
        {
            Failures.Add($"{role.Name} {method} {Short(url)} [{what}]: {status}");
        }

        if (response.Headers.TryGetValues("Location", out var locations) && locations.Any(l => l.Any(c => c < 0x20 || c > 0x7E)))
        {
            Failures.Add($"{role.Name} {method} {Short(url)} [{what}]: a Location header Kestrel would refuse: {Short(locations.First())}");
        }
    }

    private static string Short(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
