using FluentValidation;
using Microsoft.Extensions.Localization;
using WblPortal.Domain.Api;
using WblPortal.Infrastructure.Data;

namespace WblPortal.Web.Features.Api;

/// <summary>The platform admin registers a system of the state as an API client: a name and the scopes it reads. The
/// answer carries the bearer token, once; only its SHA-256 is stored.</summary>
public static class RegisterApiClient
{
    public sealed class Command
    {
        public string? Name { get; set; }
        public List<string> Scopes { get; set; } = [];
    }

    public sealed record Registered(FeatureResult Result, string? Token);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<SharedResource> l, IStringLocalizer<ApiResource> api)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(c => c.Name).NotEmpty().WithMessage(_ => l["Validation_Required"])
                .MaximumLength(200).WithMessage(_ => l["Validation_MaxLength", 200]);
            RuleFor(c => c.Scopes).NotEmpty().WithMessage(_ => api["Clients_ScopeRequired"])
                .Must(s => s.All(ApiScopes.All.Contains)).WithMessage(_ => api["Clients_ScopeRequired"]);
        }
    }

    public sealed class Handler(WblDbContext db, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Registered> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                return new Registered(FeatureResult.Invalid(validation.Errors), null);
            }

            var (client, token) = ApiClient.Register(command.Name!.Trim(), command.Scopes,
                db.Actor.DisplayName ?? db.Actor.UserId ?? "", clock.GetUtcNow());
            db.ApiClients.Add(client);
            var result = await db.SaveAsync(() => client.Id, cancellationToken);
            return new Registered(result, result.Outcome == FeatureOutcome.Done ? token : null);
        }
    }
}
