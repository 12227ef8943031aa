using System.Reflection;

namespace RclContract.Contracts.Tests;

/// <summary>The names and places of the one contract this suite writes and verifies.</summary>
internal static class Contract
{
    public const string Consumer = "rclcontract-client";

    public const string Provider = "rcl-core-api";

    public const string SubscriptionId = "sub-0001";

    public const string OrderUri = "https://acme.example.test/acme/order/1000/2000";

    /// <summary>An obvious fake: the pact matches the header by regex, so no real token is ever in it.</summary>
    public const string FakeToken = "fake-access-token";

    public const string FakePassword = "not-a-real-password";

    public static string RepoRoot { get; } = typeof(Contract).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string FileName => $"{Consumer}-{Provider}.json";

    /// <summary>The committed contract, reviewed like code.</summary>
    public static string CommittedPact => Path.Combine(RepoRoot, "pacts", FileName);

    /// <summary>Where this run's consumer tests write; emptied when the run starts.</summary>
    public static string FreshPactDir { get; } =
        Path.Combine(RepoRoot, "tests", "RclContract.Contracts.Tests", "obj", "pacts");

    public static string FreshPact => Path.Combine(FreshPactDir, FileName);

    public static string FinalizePath(string subscriptionId) =>
        $"/production/ssl/core/v1/order/subscription/{subscriptionId}/finalize";
}
