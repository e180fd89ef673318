namespace WblPortal.Domain.Workflows;

/// <summary>An invalid transition or a broken workflow rule. <see cref="Key"/> names the localized message
/// (WorkflowResource); <see cref="Arguments"/> fill its placeholders.</summary>
public sealed class WorkflowException(string key, params object[] arguments)
    : InvalidOperationException(key)
{
    public string Key { get; } = key;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
