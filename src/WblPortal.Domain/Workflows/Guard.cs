namespace WblPortal.Domain.Workflows;

internal static class Guard
{
    public static string Text(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new WorkflowException(key) : value.Trim();

    public static void That(bool condition, string key, params object[] arguments)
    {
        if (!condition)
        {
            throw new WorkflowException(key, arguments);
        }
    }
}
