using Serilog.Core;
using Serilog.Events;

namespace WblPortal.Web.Infrastructure.Operations;

/// <summary>
/// Law No. 58: logs carry no personal data, and a query string may hold some (a search for a learner's name or PIN,
/// an e-mail in a link). Every string property of a log event that is a query string or a path/URL with one keeps
/// its parameter names and loses their values (<c>/College/Learners?q=*</c>), whoever wrote the event (ASP.NET
/// Core's request lines, HttpClient, the portal's own code).
/// </summary>
public sealed class QueryStringMasking : ILogEventEnricher
{
    public const string Masked = "*";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? replaced = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && Mask(text) is { } masked && !ReferenceEquals(masked, text))
            {
                (replaced ??= []).Add(new LogEventProperty(name, new ScalarValue(masked)));
            }
        }

        foreach (var property in replaced ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The text with the values of its query string masked; the same instance when it has none.</summary>
    public static string Mask(string text)
    {
        var question = text.IndexOf('?', StringComparison.Ordinal);
        if (question < 0 || question == text.Length - 1 || !LooksLikeUrl(text, question))
        {
            return text;
        }

        var fragment = text.IndexOf('#', question);
        var query = fragment < 0 ? text[(question + 1)..] : text[(question + 1)..fragment];
        var parameters = query.Split('&').Select(p =>
        {
            var equals = p.IndexOf('=', StringComparison.Ordinal);
            return equals < 0 ? (p.Length == 0 ? p : Masked) : p[..(equals + 1)] + Masked;
        });
        return text[..(question + 1)] + string.Join('&', parameters);
    }

    /// <summary>A query string on its own (<c>?q=…</c>), a path (<c>/…?</c>) or an absolute URL (<c>https://…?</c>),
    /// not a sentence that happens to ask something.</summary>
    private static bool LooksLikeUrl(string text, int question) =>
        question == 0
        || text.StartsWith('/')
        || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
