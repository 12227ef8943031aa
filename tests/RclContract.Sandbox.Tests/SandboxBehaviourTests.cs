using System.Net;
using RclContract.Client;

namespace RclContract.Sandbox.Tests;

/// <summary>The knobs that make the sandbox drift from the spec, and what it logs.</summary>
public sealed class SandboxBehaviourTests
{
    [Test]
    public async Task FinalizeAsync_AlreadyFinalizedStatusCodeChanged_AnswersThatStatus()
    {
        await using var server = await SandboxServer.StartAsync(
            new SandboxOptions { Behaviour = new SandboxBehaviour { AlreadyFinalizedStatusCode = 409 } });
        using var client = TestRequests.Client(server);

        var request = TestRequests.Request(SandboxServer.DemoValidOrderUri);

        var act = () => client.FinalizeAsync(TestRequests.Subscription, request);

        (await act.Should().ThrowAsync<RclApiException>()).Which.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task FinalizeAsync_OmitCertificateUriAndTokenLists_LeavesThemOut()
    {
        var behaviour = new SandboxBehaviour { OmitCertificateUri = true, OmitTokenLists = true };
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Behaviour = behaviour });
        using var client = TestRequests.Client(server);

        var order = await client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request());

        order.CertificateUri.Should().BeNull();
        order.ValidationTokens.Should().BeNull();
        order.Challenges.Should().BeNull();
    }

    [Test]
    public async Task FinalizeAsync_StatusOverridden_ReturnsThatStatus()
    {
        var behaviour = new SandboxBehaviour { FinalizedStatusOverride = "VALID" };
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Behaviour = behaviour });
        using var client = TestRequests.Client(server);

        var order = await client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request());

        order.Status.Should().Be("VALID");
    }

    [Test]
    public async Task FinalizeAsync_SkipAuthorization_AcceptsRequestWithoutToken()
    {
        var behaviour = new SandboxBehaviour { SkipAuthorization = true };
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { Behaviour = behaviour });

        var body = TestRequests.Body().ToJsonString();

        using var response = await TestRequests.PostAsync(server, body, authorization: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Post_SmallerBodyLimit_Answers400NamingIt()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { MaxRequestBodyBytes = 100 });

        using var response = await TestRequests.PostAsync(server, TestRequests.Body().ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should()
            .Be("Request body is larger than the limit of 100 bytes.");
    }

    [Test]
    public async Task FinalizeAsync_WithLoggerProvider_LogsRequestLineAndStatusButNoSecret()
    {
        using var logs = new CapturingLoggerProvider();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { LoggerProvider = logs });
        using var client = TestRequests.Client(server);
        await client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request());
        using var rejected = await TestRequests.PostAsync(server, "{\"password\": \"" + TestRequests.Password + "\"");

        await server.DisposeAsync();

        const string Finalize = "POST /production/ssl/core/v1/order/subscription/sub-0001/finalize";
        logs.Lines.Should().Contain(line => line.Contains(Finalize + " answered 200", StringComparison.Ordinal));
        logs.Lines.Should().Contain(line => line.Contains(Finalize + " answered 400", StringComparison.Ordinal));
        string.Join('\n', logs.Lines).Should().NotContain(TestRequests.Token).And.NotContain(TestRequests.Password);
    }

    [Test]
    public async Task StartAsync_PortInUse_ThrowsIOException()
    {
        await using var first = await SandboxServer.StartAsync(new SandboxOptions());

        var act = () => SandboxServer.StartAsync(new SandboxOptions { Port = first.BaseAddress.Port });

        await act.Should().ThrowAsync<IOException>();
    }

    [TestCase(-1)]
    [TestCase(65536)]
    public async Task StartAsync_PortOutOfRange_ThrowsNamingPort(int port)
    {
        var act = () => SandboxServer.StartAsync(new SandboxOptions { Port = port });

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("options.Port");
    }

    [Test]
    public void Put_RelativeOrderUri_ThrowsNamingIt()
    {
        var store = new OrderStore();

        var act = () => store.Put("sub-0001", "/acme/order/1", SandboxOrderStatus.Ready);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("orderUri");
    }
}
