using System.Net;
using System.Text.Json.Nodes;
using PactFfi.Tests.Support;

namespace PactFfi.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class PactVerifierTests
{
    private const string Consumer = "verifier-consumer";
    private const string Provider = "verifier-provider";
    private const string Description = "a request for order 1";

    [Test]
    public async Task Verify_ProviderSatisfiesPact_PassesAndCallsProviderStateWithParams()
    {
        using var directory = new TempDirectory();
        var pactFile = await WritePactAsync(directory.Path);
        using var provider = new LoopbackServer(_ => (200, "application/json", """{"id":"7","status":"ready"}"""));
        using var verifier = new PactVerifier(Provider);

        var result = verifier
            .WithHttpEndpoint(provider.BaseAddress)
            .WithFileSource(pactFile)
            .WithProviderStateUrl(provider.ProviderStatesAddress)
            .Verify();

        result.Passed.Should().BeTrue(result.Output);
        result.Output.Should().Contain(Description).And.NotContain("\u001b[");
        JsonNode.Parse(result.Json)!["result"]!.GetValue<bool>().Should().BeTrue();
        var act = result.ThrowIfFailed;
        act.Should().NotThrow();
        var state = JsonNode.Parse(provider.ProviderStateBodies.Should().ContainSingle().Which)!;
        state["state"]!.GetValue<string>().Should().Be("an order exists");
        state["action"]!.GetValue<string>().Should().Be("setup");
        PactFile.JsonEquals(state["params"], """{"id":"1","quantity":2}""").Should().BeTrue(state.ToJsonString());
    }

    [Test]
    public async Task Verify_ProviderBreaksPact_FailsAndThrowsWithTheVerifierReport()
    {
        using var directory = new TempDirectory();
        var pactFile = await WritePactAsync(directory.Path);
        using var provider = new LoopbackServer(_ => (200, "application/json", """{"id":7,"status":"cancelled"}"""));
        using var verifier = new PactVerifier(Provider);

        var result = verifier
            .WithHttpEndpoint(provider.BaseAddress)
            .WithDirectorySource(directory.Path)
            .WithProviderStateUrl(provider.ProviderStatesAddress)
            .Verify();

        result.Passed.Should().BeFalse();
        result.ExitCode.Should().Be(1);
        JsonNode.Parse(result.Json)!["result"]!.GetValue<bool>().Should().BeFalse();
        var act = result.ThrowIfFailed;
        var failure = act.Should().Throw<PactVerifierException>().Which;
        failure.Result.Should().BeSameAs(result);
        failure.Message.Should().StartWith($"Pact verification of provider '{Provider}' failed. Verifier report:")
            .And.Contain(Description)
            .And.Contain("$.status")
            .And.Contain("$.id")
            .And.Contain(result.Output.Trim());
        File.Exists(pactFile).Should().BeTrue();
    }

    [Test]
    public void Verify_NoEndpointOrSource_ThrowsSayingWhatIsMissing()
    {
        using var verifier = new PactVerifier(Provider);

        var act = verifier.Verify;

        act.Should().Throw<InvalidOperationException>().WithMessage("*WithHttpEndpoint*");
    }

    [Test]
    public void WithFileSource_MissingFile_ThrowsNamingIt()
    {
        using var verifier = new PactVerifier(Provider);

        var act = () => verifier.WithFileSource("/nonexistent/pact.json");

        act.Should().Throw<FileNotFoundException>().WithMessage("*/nonexistent/pact.json*");
    }

    private static async Task<string> WritePactAsync(string directory)
    {
        var builder = Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory }).UsingNativeBackend();
        builder
            .UponReceiving(Description)
                .Given("an order exists", new Dictionary<string, object> { ["id"] = "1", ["quantity"] = 2 })
                .WithRequest(HttpMethod.Get, "/orders/1")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK)
                .WithJsonBody(new { id = Match.Type("1"), status = "ready" });

        await builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            await client.GetAsync(new Uri("/orders/1", UriKind.Relative));
        });

        return PactFile.PathOf(directory, Consumer, Provider);
    }
}
