namespace WblPortal.Web.Features;

public static class FeatureRegistration
{
    /// <summary>Registers every use case's nested <c>Handler</c> class (Features/&lt;Aggregate&gt;/&lt;UseCase&gt;.cs) as scoped.</summary>
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        var handlers = typeof(FeatureRegistration).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsNested: true, Name: "Handler" }
                && t.Namespace?.StartsWith(typeof(FeatureRegistration).Namespace!, StringComparison.Ordinal) == true);
        foreach (var handler in handlers)
        {
            services.AddScoped(handler);
        }

        services.AddScoped<StepRunner>();
        return services;
    }
}
