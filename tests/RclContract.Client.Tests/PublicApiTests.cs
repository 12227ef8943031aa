using PublicApiGenerator;
using RclContract.Testing;

namespace RclContract.Client.Tests;

/// <summary>
/// The client's public surface, generated types included, is approved in PublicApi/. A spec change that alters
/// it fails here with a diff, so every change to what callers compile against is seen in review.
/// </summary>
public sealed class PublicApiTests
{
    private const string AcceptCommand =
        "RCL_ACCEPT=1 dotnet test tests/RclContract.Client.Tests --filter FullyQualifiedName~PublicApiTests";

    [Test]
    public void ClientAssembly_PublicApi_MatchesTheApprovedCopy()
    {
        var api = typeof(RclFinalizeClient).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute"],
        });

        Approved.Verify(
            Path.Combine(RepoRoot(), "tests", "RclContract.Client.Tests", "PublicApi", "RclContract.Client.approved.txt"),
            api,
            "The public API of RclContract.Client",
            AcceptCommand);
    }

    private static string RepoRoot() => typeof(PublicApiTests).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;
}
