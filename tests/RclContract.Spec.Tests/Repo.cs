using System.Reflection;

namespace RclContract.Spec.Tests;

/// <summary>Paths inside the repository this test assembly was built from.</summary>
internal static class Repo
{
    public static string Root { get; } = typeof(Repo).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string SpecFile => Path.Combine(Root, "spec", "openapi.yaml");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
