using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RclContract.Client;

namespace RclContract.Sandbox.Tests;

/// <summary><c>POST /_sandbox/provider-states</c> in test mode, as a Pact verifier drives it.</summary>
public sealed class ProviderStateTests
{
    private const string OrderUri = "https://acme.example.test/acme/order/4000/5000";

    private SandboxServer _server = null!;
    private RclFinalizeClient _client = null!;

    [SetUp]
    public async Task StartAsync()
    {
        var options = new SandboxOptions { EnableProviderStates = true, SeedDemoOrders = false };
        _server = await SandboxServer.StartAsync(options);
        _client = TestRequests.Client(_server);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Post_OrderReady_AnswersEmptyJsonAndPutsReadyOrder()
    {
        var change = TestRequests.State(SandboxProviderStates.OrderReady, OrderUri, action: "setup");

        using var response = await TestRequests.PostStateAsync(_server, change);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be("{}");
        StatusOf(OrderUri).Should().Be(SandboxOrderStatus.Ready);
        (await _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request(OrderUri))).Status
            .Should().Be("valid");
    }

    [Test]
    public async Task Post_OrderAlreadyFinalized_PutsValidOrderWithCertificate()
    {
        var change = TestRequests.State(SandboxProviderStates.OrderAlreadyFinalized, OrderUri);

        using var response = await TestRequests.PostStateAsync(_server, change);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _server.Orders.TryGet(TestRequests.Subscription, OrderUri, out var order).Should().BeTrue();
        order!.Status.Should().Be(SandboxOrderStatus.Valid);
        order.CertificateUri.Should().NotBeNull();
        var act = () => _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request(OrderUri));
        (await act.Should().ThrowAsync<RclBadRequestException>()).Which.ResponseText.Should()
            .Be($"Order {OrderUri} is already finalized (status valid).");
    }

    [TestCase(null, SandboxOrderStatus.Pending)]
    [TestCase(SandboxOrderStatus.Processing, SandboxOrderStatus.Processing)]
    [TestCase(SandboxOrderStatus.Invalid, SandboxOrderStatus.Invalid)]
    public async Task Post_OrderNotYetReady_PutsOrderInTheGivenStatus(string? status, string expected)
    {
        var change = TestRequests.State(SandboxProviderStates.OrderNotYetReady, OrderUri, status);

        using var response = await TestRequests.PostStateAsync(_server, change);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        StatusOf(OrderUri).Should().Be(expected);
    }

    [TestCase(SandboxOrderStatus.Ready)]
    [TestCase(SandboxOrderStatus.Valid)]
    public async Task Post_OrderNotYetReadyWithReadyOrValidStatus_Answers400(string status)
    {
        var change = TestRequests.State(SandboxProviderStates.OrderNotYetReady, OrderUri, status);

        using var response = await TestRequests.PostStateAsync(_server, change);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("status");
    }

    [Test]
    public async Task Post_NoOrderExists_RemovesTheOrder()
    {
        _server.Orders.Put(TestRequests.Subscription, OrderUri, SandboxOrderStatus.Ready);
        var change = TestRequests.State(SandboxProviderStates.NoOrder, OrderUri);

        using var response = await TestRequests.PostStateAsync(_server, change);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _server.Orders.TryGet(TestRequests.Subscription, OrderUri, out _).Should().BeFalse();
    }

    [Test]
    public async Task Post_AccessTokenRejected_RejectsEveryTokenUntilTeardown()
    {
        _server.Orders.Put(TestRequests.Subscription, OrderUri, SandboxOrderStatus.Ready);
        using var setup = await SetUpAsync(SandboxProviderStates.AccessTokenRejected);

        var rejected = () => _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request(OrderUri));

        (await rejected.Should().ThrowAsync<RclUnauthorizedException>()).Which.ResponseText.Should()
            .Be("Authorization failed. The access token was rejected.");
        var teardown = TestRequests.State(SandboxProviderStates.AccessTokenRejected, action: "teardown");
        using var teardownResponse = await TestRequests.PostStateAsync(_server, teardown);
        teardownResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        _server.RejectAccessTokens.Should().BeFalse();
        (await _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request(OrderUri))).Status
            .Should().Be("valid");
    }

    [Test]
    public async Task Post_SetupOfAnotherState_StopsRejectingTokens()
    {
        using var reject = await SetUpAsync(SandboxProviderStates.AccessTokenRejected);

        using var ready = await SetUpAsync(SandboxProviderStates.OrderReady, OrderUri);

        _server.RejectAccessTokens.Should().BeFalse();
        (await _client.FinalizeAsync(TestRequests.Subscription, TestRequests.Request(OrderUri))).Status
            .Should().Be("valid");
    }

    [Test]
    public async Task Post_WithoutParams_UsesTheDemoSubscriptionAndOrder()
    {
        var change = new JsonObject { ["state"] = SandboxProviderStates.OrderReady };

        using var response = await TestRequests.PostStateAsync(_server, change);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        StatusOf(SandboxServer.DemoReadyOrderUri).Should().Be(SandboxOrderStatus.Ready);
    }

    [Test]
    public async Task Post_UnknownState_Answers400NamingIt()
    {
        var change = TestRequests.State("an order is on fire");

        using var response = await TestRequests.PostStateAsync(_server, change);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Be("Unknown provider state \"an order is on fire\".");
    }

    [TestCase("{")]
    [TestCase("{}")]
    [TestCase("{\"state\": 1}")]
    [TestCase("{\"state\": \"no order exists\", \"action\": \"explode\"}")]
    [TestCase("{\"state\": \"no order exists\", \"params\": {\"orderUri\": 5}}")]
    [TestCase("{\"state\": \"no order exists\", \"params\": {\"orderUri\": \"/relative\"}}")]
    public async Task Post_MalformedStateChange_Answers400(string body)
    {
        using var http = new HttpClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(_server.ProviderStatesUri, content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().StartWith("Provider state");
    }

    private Task<HttpResponseMessage> SetUpAsync(string state, string? orderUri = null) =>
        TestRequests.PostStateAsync(_server, TestRequests.State(state, orderUri));

    private string StatusOf(string orderUri)
    {
        _server.Orders.TryGet(TestRequests.Subscription, orderUri, out var order).Should().BeTrue();
        return order!.Status;
    }
}
