namespace WblPortal.IntegrationTests.Infrastructure;

/// <summary>Base of the integration tests: one shared portal and database, emptied before each test.</summary>
[Collection(PortalCollection.Name)]
public abstract class IntegrationTest(PortalFactory factory) : IAsyncLifetime
{
    protected PortalFactory Factory { get; } = factory;

    protected TestData Data { get; } = new(factory);

    public Task InitializeAsync() => Factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    protected async Task<PortalClient> SignInAsync(string role, Guid? organizationId = null, Guid? mentorId = null, Guid? learnerId = null, string culture = "ky-KG")
    {
        var user = await Data.UserAsync(role, organizationId, mentorId, learnerId);
        return await PortalClient.SignedInAsync(Factory, user, culture);
    }
}
