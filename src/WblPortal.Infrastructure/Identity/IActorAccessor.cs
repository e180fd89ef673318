using WblPortal.Domain.Access;

namespace WblPortal.Infrastructure.Identity;

/// <summary>Gives the current request's actor to the data layer.</summary>
public interface IActorAccessor
{
    Actor Actor { get; }
}

/// <summary>An accessor with a fixed actor: the system (seeding, jobs, design time) or a test's actor.</summary>
public sealed class FixedActorAccessor(Actor actor) : IActorAccessor
{
    public Actor Actor { get; } = actor;
}
