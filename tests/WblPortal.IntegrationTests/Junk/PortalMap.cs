using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.Extensions.DependencyInjection;

namespace WblPortal.IntegrationTests.Junk;

/// <summary>One action of the portal as its endpoint metadata describes it: its route, its HTTP method and the names
/// of the fields its parameters bind from the query string or the form.</summary>
public sealed partial class PortalAction
{
    public required string Area { get; init; }
    public required string Controller { get; init; }
    public required string Action { get; init; }
    public required string Method { get; init; }
    public required string Template { get; init; }
    public required Regex Pattern { get; init; }
    public required bool HasRouteId { get; init; }
    public required bool AttributeRouted { get; init; }
    public required bool IntRouteId { get; init; }
    public required IReadOnlyList<string> Fields { get; init; }
    public required IReadOnlyList<string> Files { get; init; }

    public string Name => $"{Method} {(Area.Length > 0 ? Area + "/" : "")}{Controller}/{Action}";

    /// <summary>The action's URL with a placeholder id (a fresh Guid: a row nobody can see) when no real one is known.</summary>
    public string PlaceholderPath(string id) =>
        "/" + RouteToken().Replace(Template, m => m.Groups[1].Value.Equals("id", StringComparison.OrdinalIgnoreCase) ? id : "1")
            .Replace("//", "/").TrimEnd('/');

    [GeneratedRegexAttribute(@"\{([A-Za-z]+)(:[^}]*)?\??\}")]
    internal static partial Regex RouteToken();
}

/// <summary>The portal's actions read from <see cref="IActionDescriptorCollectionProvider"/>: every controller action
/// with its route template and its bound query/form fields (complex parameters expanded into their properties).</summary>
public static partial class PortalMap
{
    public static IReadOnlyList<PortalAction> Actions(IServiceProvider services)
    {
        var provider = services.GetRequiredService<IActionDescriptorCollectionProvider>();
        var metadata = services.GetRequiredService<IModelMetadataProvider>();
        var actions = new List<PortalAction>();
        foreach (var descriptor in provider.ActionDescriptors.Items.OfType<ControllerActionDescriptor>())
        {
            var area = descriptor.RouteValues.TryGetValue("area", out var a) ? a ?? "" : "";
            var methods = descriptor.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods).ToList() ?? [];
            var method = methods.Contains("POST") ? "POST" : "GET";
            var fields = new List<string>();
            var files = new List<string>();
            var routeId = false;
            var intRouteId = false;
            foreach (var parameter in descriptor.Parameters)
            {
                var model = metadata.GetMetadataForType(parameter.ParameterType);
                var source = parameter.BindingInfo?.BindingSource ?? model.BindingSource;
                if (source == BindingSource.Services || source == BindingSource.Special || source == BindingSource.Body || source == BindingSource.Header
                    || parameter.ParameterType == typeof(CancellationToken))
                {
                    continue;
                }

                if (parameter.Name.Equals("id", StringComparison.OrdinalIgnoreCase) && !model.IsComplexType
                    && source != BindingSource.Query && source != BindingSource.Form)
                {
                    routeId = true;
                    intRouteId = Nullable.GetUnderlyingType(parameter.ParameterType) is { } u ? u == typeof(int) : parameter.ParameterType == typeof(int);
                    continue;
                }

                var prefix = parameter.BindingInfo?.BinderModelName ?? (model.IsComplexType && !IsFile(parameter.ParameterType) ? "" : parameter.Name);
                Expand(prefix, model, 0, fields, files);
            }

            string template;
            if (descriptor.AttributeRouteInfo?.Template is { } attributed)
            {
                template = attributed;
                routeId = attributed.Contains("{id", StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                var controllerAction = descriptor.ActionName.Equals("Index", StringComparison.OrdinalIgnoreCase) && !routeId
                    ? descriptor.ControllerName
                    : $"{descriptor.ControllerName}/{descriptor.ActionName}";
                template = (area.Length > 0 ? area + "/" : "") + controllerAction + (routeId ? "/{id}" : "");
            }

            actions.Add(new PortalAction
            {
                Area = area,
                Controller = descriptor.ControllerName,
                Action = descriptor.ActionName,
                Method = method,
                Template = template,
                Pattern = PatternOf(area, descriptor, template),
                HasRouteId = routeId,
                AttributeRouted = descriptor.AttributeRouteInfo is not null,
                IntRouteId = intRouteId,
                Fields = fields.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                Files = files,
            });
        }

        return actions;
    }

    private static Regex PatternOf(string area, ControllerActionDescriptor descriptor, string template)
    {
        if (descriptor.AttributeRouteInfo is not null)
        {
            var body = PortalAction.RouteToken().Replace(Regex.Escape(template.TrimEnd('/')).Replace(@"\{", "{"), "[^/]+");
            return new Regex("^/" + body + "/?$", RegexOptions.IgnoreCase);
        }

        var prefix = "/" + (area.Length > 0 ? Regex.Escape(area) + "/" : "") + Regex.Escape(descriptor.ControllerName);
        var tail = "/" + Regex.Escape(descriptor.ActionName) + "(/[^/]+)?/?";
        if (descriptor.ActionName == "Index")
        {
            tail = "(" + tail + ")?/?";
            if (descriptor.ControllerName is "Dashboard" or "Home" && area.Length > 0)
            {
                prefix = "/" + Regex.Escape(area) + "(/" + Regex.Escape(descriptor.ControllerName) + ")?";
            }
        }

        return new Regex("^" + prefix + tail + "$", RegexOptions.IgnoreCase);
    }

    private static bool IsFile(Type type) =>
        typeof(IFormFile).IsAssignableFrom(type) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(type);

    private static void Expand(string prefix, ModelMetadata model, int depth, List<string> fields, List<string> files)
    {
        if (model.BindingSource == BindingSource.Services || model.BindingSource == BindingSource.Special)
        {
            return;
        }

        if (IsFile(model.ModelType))
        {
            files.Add(prefix);
            return;
        }

        if (!model.IsComplexType || depth > 2)
        {
            if (prefix.Length > 0)
            {
                fields.Add(prefix);
            }

            return;
        }

        if (model.IsEnumerableType)
        {
            if (model.ElementMetadata is { } element)
            {
                Expand(prefix + "[0]", element, depth + 1, fields, files);
            }

            return;
        }

        foreach (var property in model.Properties)
        {
            if (property.IsBindingAllowed && (!property.IsReadOnly || property.IsEnumerableType))
            {
                Expand(prefix.Length == 0 ? property.Name! : prefix + "." + property.Name, property, depth + 1, fields, files);
            }
        }
    }

    /// <summary>The action a local path (without its query) goes to, or null.</summary>
    public static PortalAction? Match(IEnumerable<PortalAction> actions, string method, string path)
    {
        PortalAction? conventional = null;
        foreach (var action in actions.Where(a => a.Method == method && a.Pattern.IsMatch(path)))
        {
            if (action.AttributeRouted)
            {
                return action;
            }

            conventional ??= action;
        }

        return conventional;
    }
}

/// <summary>A form found on a page: where it posts and its fields with the values the page gave them.</summary>
public sealed record FoundForm(string Action, IReadOnlyList<FormField> Fields, bool Multipart);

public sealed record FormField(string Name, string Value, string Kind)
{
    /// <summary>Fields a user types into (hidden fields, selects and the token are kept valid in the "visible" pass).</summary>
    public bool Typed => Kind is not ("hidden" or "select" or "file" or "radio");
}

public static class PageForms
{
    public static IEnumerable<FoundForm> Of(IHtmlDocument document, string pagePath)
    {
        foreach (var form in document.QuerySelectorAll("form").OfType<IHtmlFormElement>())
        {
            if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var action = form.GetAttribute("action");
            action = string.IsNullOrEmpty(action) ? pagePath : System.Net.WebUtility.HtmlDecode(action);
            var fields = new List<FormField>();
            var radios = new HashSet<string>();
            foreach (var element in form.Elements)
            {
                var name = element.GetAttribute("name");
                if (string.IsNullOrEmpty(name) || name == "__RequestVerificationToken")
                {
                    continue;
                }

                switch (element)
                {
                    case IHtmlInputElement input when input.Type is "submit" or "button" or "reset" or "image":
                        if (!string.IsNullOrEmpty(input.Value))
                        {
                            fields.Add(new FormField(name, input.Value, "hidden"));
                        }

                        break;
                    case IHtmlInputElement input when input.Type is "checkbox":
                        if (input.IsChecked)
                        {
                            fields.Add(new FormField(name, input.Value, "checkbox"));
                        }

                        break;
                    case IHtmlInputElement input when input.Type is "radio":
                        if (radios.Add(name))
                        {
                            var chosen = form.Elements.OfType<IHtmlInputElement>().FirstOrDefault(r => r.Name == name && r.IsChecked) ?? input;
                            fields.Add(new FormField(name, chosen.Value, "radio"));
                        }

                        break;
                    case IHtmlInputElement input:
                        fields.Add(new FormField(name, input.Value, input.Type ?? "text"));
                        break;
                    case IHtmlSelectElement select:
                        var option = select.Options.FirstOrDefault(o => o.IsSelected && o.Value.Length > 0)
                            ?? select.Options.FirstOrDefault(o => o.Value.Length > 0);
                        fields.Add(new FormField(name, option?.Value ?? "", "select"));
                        break;
                    case IHtmlTextAreaElement area:
                        fields.Add(new FormField(name, area.Value, "textarea"));
                        break;
                    case IHtmlButtonElement button when !string.IsNullOrEmpty(button.Value):
                        fields.Add(new FormField(name, button.Value, "hidden"));
                        break;
                }
            }

            yield return new FoundForm(action, fields, string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase));
        }
    }
}
