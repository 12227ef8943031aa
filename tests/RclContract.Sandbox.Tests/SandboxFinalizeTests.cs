using RclContract.Client;

namespace RclContract.Sandbox.Tests;

/// <summary>The finalize endpoint through the real client, over loopback.</summary>
public sealed class SandboxFinalizeTests
{
    private SandboxServer _server = null!;
    private RclFinalizeClient _client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions());
        _client = TestRequests.Client(_server);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task FinalizeAsync_ReadyOrder_ReturnsValidOrderWithCertificateUri()
    {
        var request = TestRequests.Request();

        var order = await _client.FinalizeAsync(TestRequests.Subscription, request);

        order.Status.Should().Be("valid");
        order.OrderUri.Should().Be(new Uri(SandboxServer.DemoReadyOrderUri));
        order.CertificateUri.Should().NotBeNull();
        order.CertificateUri!.Host.Should().Be("acme.example.test");
        order.ValidationTokens.Should().ContainSingle().Which.TokenName.Should().Be("_acme-challenge.www");
        order.ValidationTokens![0].ChallengeType.Should().Be("DNS");
        order.ValidationTokens[0].TokenValue.Should().NotBeNullOrWhiteSpace();
        order.Challenges.Should().ContainSingle().Which.ChallengeType.Should().Be("dns-01");
        order.Challenges![0].Status.Should().Be("valid");
        order.Challenges[0].Token.Should().NotBeNullOrWhiteSpace();
    }

    [Test]
    public async Task FinalizeAsync_ReadyOrder_StoresOrderAsValidWithTheReturnedCertificateUri()
    {
        var request = TestRequests.Request();

        var order = await _client.FinalizeAsync(TestRequests.Subscription, request);

        _server.Orders.TryGet(TestRequests.Subscription, SandboxServer.DemoReadyOrderUri, out var stored)
            .Should().BeTrue();
        stored!.Status.Should().Be(SandboxOrderStatus.Valid);
        stored.CertificateUri.Should().Be(order.CertificateUri);
    }

    [Test]
    public async Task FinalizeAsync_HttpChallenge_ReturnsHttp01Challenge()
    {
        var request = TestRequests.Request();
        request.ChallengeType = "HTTP";

        var order = await _client.FinalizeAsync(TestRequests.Subscription, request);

        order.Challenges![0].ChallengeType.Should().Be("http-01");
        order.ValidationTokens![0].TokenName.Should().StartWith("/.well-known/acme-challenge/");
        order.ValidationTokens[0].ChallengeType.Should().Be("HTTP");
    }

    [Test]
    public async Task FinalizeAsync_SecondFinalize_ThrowsBadRequestAlreadyFinalized()
    {
        await _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request());

        var act = () => _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request());

        var thrown = await act.Should().ThrowAsync<RclBadRequestException>();
        thrown.Which.ResponseText.Should()
            .Be($"Order {SandboxServer.DemoReadyOrderUri} is already finalized (status valid).");
        thrown.Which.ContentType.Should().StartWith("text/plain");
    }

    [Test]
    public async Task FinalizeAsync_DemoValidOrder_ThrowsBadRequestAlreadyFinalized()
    {
        var request = TestRequests.Request(SandboxServer.DemoValidOrderUri);

        var act = () => _client.FinalizeAsync(TestRequests.Subscription, request);

        (await act.Should().ThrowAsync<RclBadRequestException>()).Which.ResponseText.Should()
            .Be($"Order {SandboxServer.DemoValidOrderUri} is already finalized (status valid).");
    }

    [TestCase(SandboxOrderStatus.Pending)]
    [TestCase(SandboxOrderStatus.Processing)]
    [TestCase(SandboxOrderStatus.Invalid)]
    public async Task FinalizeAsync_OrderNotReady_ThrowsBadRequestNamingTheStatus(string status)
    {
        const string OrderUri = "https://acme.example.test/acme/order/1000/3000";
        _server.Orders.Put(TestRequests.Subscription, OrderUri, status);

        var act = () => _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request(OrderUri));

        (await act.Should().ThrowAsync<RclBadRequestException>()).Which.ResponseText.Should()
            .Be($"Order {OrderUri} cannot be finalized in status {status}.");
        _server.Orders.TryGet(TestRequests.Subscription, OrderUri, out var stored).Should().BeTrue();
        stored!.Status.Should().Be(status);
    }

    [Test]
    public async Task FinalizeAsync_UnknownOrder_ThrowsBadRequestNotFound()
    {
        const string OrderUri = "https://acme.example.test/acme/order/9999/9999";

        var act = () => _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request(OrderUri));

        (await act.Should().ThrowAsync<RclBadRequestException>()).Which.ResponseText.Should()
            .Be($"Order {OrderUri} was not found for subscription sub-0001.");
    }

    [Test]
    public async Task FinalizeAsync_OrderOfAnotherSubscription_ThrowsBadRequestNotFound()
    {
        var request = TestRequests.Request();

        var act = () => _client.FinalizeAsync("sub-0002", request);

        (await act.Should().ThrowAsync<RclBadRequestException>()).Which.ResponseText.Should()
            .Be($"Order {SandboxServer.DemoReadyOrderUri} was not found for subscription sub-0002.");
    }

    [Test]
    public async Task FinalizeAsync_TokensRejected_ThrowsUnauthorizedWithBearerChallenge()
    {
        _server.RejectAccessTokens = true;

        var act = () => _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request());

        var thrown = await act.Should().ThrowAsync<RclUnauthorizedException>();
        thrown.Which.ResponseText.Should().Be("Authorization failed. The access token was rejected.");
        thrown.Which.WwwAuthenticate.Should().Be("Bearer");
        _server.Orders.TryGet(TestRequests.Subscription, SandboxServer.DemoReadyOrderUri, out var stored);
        stored!.Status.Should().Be(SandboxOrderStatus.Ready);
    }

    [Test]
    public async Task FinalizeAsync_HundredConcurrentFinalizesOfOneOrder_ExactlyOneSucceeds()
    {
        var attempts = Enumerable.Range(0, 100)
            .Select(_ => Task.Run(() => _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request())))
            .ToList();

        try
        {
            await Task.WhenAll(attempts);
        }
        catch (RclBadRequestException)
        {
            // Inspected one by one below.
        }

        attempts.Count(t => t.IsCompletedSuccessfully).Should().Be(1);
        var failures = attempts
            .Where(t => !t.IsCompletedSuccessfully)
            .Select(t => t.Exception!.InnerException)
            .ToList();
        failures.Should().HaveCount(99).And.AllBeOfType<RclBadRequestException>();
        failures.Cast<RclBadRequestException>().Select(e => e.ResponseText).Distinct().Should()
            .Equal($"Order {SandboxServer.DemoReadyOrderUri} is already finalized (status valid).");
    }

    [Test]
    public async Task DisposeAsync_RunningServer_StopsAnswering()
    {
        await _server.DisposeAsync();

        var act = () => _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request());

        await act.Should().ThrowAsync<RclTransportException>();
    }

    [Test]
    public void BaseAddress_StartedOnPortZero_IsLoopbackWithTheBoundPort()
    {
        var baseAddress = _server.BaseAddress;

        var providerStates = _server.ProviderStatesUri;

        baseAddress.Host.Should().Be("127.0.0.1");
        baseAddress.Port.Should().BePositive();
        baseAddress.AbsolutePath.Should().Be("/");
        providerStates.Should().Be(new Uri(baseAddress, "_sandbox/provider-states"));
    }
}
