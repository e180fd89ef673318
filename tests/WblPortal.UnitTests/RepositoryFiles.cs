namespace WblPortal.UnitTests;

/// <summary>The checkout the tests run from, for tests that read the source files themselves.</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding WblPortal.sln above the test's output directory.</summary>
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "WblPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("WblPortal.sln not found above the test's directory.");
    }
}
