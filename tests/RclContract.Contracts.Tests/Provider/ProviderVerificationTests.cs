using PactFfi;
using RclContract.Sandbox;

namespace RclContract.Contracts.Tests.Provider;

/// <summary>
/// The committed pacts verified against the sandbox provider with the Pact core's verifier, provider states set
/// through the sandbox's state endpoint. The mutation tests prove a changed provider fails verification.
/// </summary>
public sealed class ProviderVerificationTests
{
    private static async Task<PactVerifierResult> VerifyCommittedPactsAsync(SandboxBehaviour behaviour)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            EnableProviderStates = true,
            SeedDemoOrders = false,
            Behaviour = behaviour,
        });
        using var verifier = new PactVerifier(Contract.Provider)
            .WithHttpEndpoint(sandbox.BaseAddress)
            .WithDirectorySource(Path.Combine(Contract.RepoRoot, "pacts"))
            .WithProviderStateUrl(sandbox.ProviderStatesUri)
            .WithRequestTimeout(TimeSpan.FromSeconds(10));

        // The verifier blocks while it drives the sandbox, which serves on the thread pool.
        return await Task.Run(verifier.Verify);
    }

    [Test]
    public async Task CommittedPacts_AgainstTheSandbox_Pass()
    {
        var result = await VerifyCommittedPactsAsync(new SandboxBehaviour());

        if (!result.Passed)
        {
            Assert.Fail($"Provider verification failed. The verifier's report:\n{result.Output}");
        }

        result.Output.Should().Contain("a request to finalize a ready order");
    }

    private static IEnumerable<TestCaseData> BrokenProviders()
    {
        yield return new TestCaseData(
                new SandboxBehaviour { AlreadyFinalizedStatusCode = 409 },
                "a request to finalize an order that is already valid")
            .SetArgDisplayNames("already-valid answers 409");
        yield return new TestCaseData(
                new SandboxBehaviour { OmitCertificateUri = true },
                "a request to finalize a ready order")
            .SetArgDisplayNames("no certificateUri");
        yield return new TestCaseData(
                new SandboxBehaviour { ErrorContentType = "application/json" },
                "a request with a rejected access token")
            .SetArgDisplayNames("errors as JSON");
        yield return new TestCaseData(
                new SandboxBehaviour { FinalizedStatusOverride = "processing" },
                "a request to finalize a ready order")
            .SetArgDisplayNames("finalize answers processing");
    }

    [TestCaseSource(nameof(BrokenProviders))]
    public async Task CommittedPacts_AgainstAChangedSandbox_FailNamingTheInteraction(
        SandboxBehaviour behaviour, string failingInteraction)
    {
        var result = await VerifyCommittedPactsAsync(behaviour);

        result.Passed.Should().BeFalse();
        var failures = result.Output[result.Output.LastIndexOf("Failures:", StringComparison.Ordinal)..];
        failures.Should().Contain(failingInteraction);
        var thrown = () => result.ThrowIfFailed();
        thrown.Should().Throw<PactVerifierException>().Which.Message.Should().Contain(failingInteraction);
    }
}
