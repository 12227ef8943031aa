using System.Net;
using System.Text;

namespace RclContract.Client.Tests.Hardening;

/// <summary>
/// <see cref="RclClientOptions.RetryOnceOnUnauthorized"/>: one 401 is answered by one more request with a token
/// asked with <see cref="AccessTokenRequest.ForceRefresh"/>; nothing else is ever sent twice.
/// </summary>
public sealed class TokenRefreshTests
{
    private static readonly RclClientOptions Retrying = new()
    {
        BaseUrl = new Uri("http://127.0.0.1:9/"),
        RetryOnceOnUnauthorized = true,
    };

    [Test]
    public async Task FinalizeAsync_401Then200_RetriesOnceWithAFreshTokenAndTheSameBody()
    {
        var tokens = new TokenLog();
        var bodies = new List<byte[]>();
        var handler = Scripted(bodies, Unauthorized(), Order());
        using var client = TestData.Client(handler, Retrying, tokens.Provider);

        var order = await client.FinalizeAsync("sub-0001", TestData.Request());

        order.KnownStatus.Should().Be(OrderStatus.Valid);
        tokens.ForceRefresh.Should().Equal(false, true);
        handler.Requests.Select(r => r.Authorization).Should().Equal("Bearer token-1", "Bearer token-2");
        bodies.Should().HaveCount(2);
        bodies[1].Should().Equal(bodies[0]);
        var (first, second) = (handler.Requests[0], handler.Requests[1]);
        second.Should().BeEquivalentTo(first, o => o.Excluding(r => r.Authorization));
    }

    [Test]
    public async Task FinalizeAsync_401Then401_ThrowsUnauthorizedAfterExactlyTwoRequests()
    {
        var tokens = new TokenLog();
        var handler = Scripted([], Unauthorized(), Unauthorized(), Order());
        using var client = TestData.Client(handler, Retrying, tokens.Provider);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await call.Should().ThrowAsync<RclUnauthorizedException>()).Which.OutcomeUnknown.Should().BeFalse();
        handler.Requests.Should().HaveCount(2);
        tokens.ForceRefresh.Should().Equal(false, true);
    }

    [Test]
    public async Task FinalizeAsync_401Then200WithOptionOff_SendsOnceAndThrows()
    {
        var tokens = new TokenLog();
        var handler = Scripted([], Unauthorized(), Order());
        var options = new RclClientOptions { BaseUrl = Retrying.BaseUrl, RetryOnceOnUnauthorized = false };
        using var client = TestData.Client(handler, options, tokens.Provider);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        await call.Should().ThrowAsync<RclUnauthorizedException>();
        handler.Requests.Should().HaveCount(1);
        tokens.ForceRefresh.Should().Equal(false);
    }

    [TestCase(HttpStatusCode.BadRequest)]
    [TestCase(HttpStatusCode.Forbidden)]
    [TestCase(HttpStatusCode.TooManyRequests)]
    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.BadGateway)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    [TestCase(HttpStatusCode.GatewayTimeout)]
    public async Task FinalizeAsync_OtherFailureStatusWithOptionOn_IsNotRetried(HttpStatusCode status)
    {
        var tokens = new TokenLog();
        var handler = Scripted([], () => StubHandler.Response(status, "no", "text/plain"), Order());
        using var client = TestData.Client(handler, Retrying, tokens.Provider);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await call.Should().ThrowAsync<RclApiException>()).Which.StatusCode.Should().Be(status);
        handler.Requests.Should().HaveCount(1);
        tokens.ForceRefresh.Should().Equal(false);
    }

    [Test]
    public async Task FinalizeAsync_TimeoutWithOptionOn_IsNotRetried()
    {
        var tokens = new TokenLog();
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        var options = new RclClientOptions
        {
            BaseUrl = Retrying.BaseUrl,
            RetryOnceOnUnauthorized = true,
            Timeout = TimeSpan.FromMilliseconds(200),
        };
        using var client = TestData.Client(handler, options, tokens.Provider);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        await call.Should().ThrowAsync<RclTimeoutException>();
        handler.Requests.Should().HaveCount(1);
        tokens.ForceRefresh.Should().Equal(false);
    }

    [Test]
    public async Task FinalizeAsync_TransportFailureWithOptionOn_IsNotRetried()
    {
        var tokens = new TokenLog();
        var handler = new StubHandler((_, _) =>
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        using var client = TestData.Client(handler, Retrying, tokens.Provider);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await call.Should().ThrowAsync<RclTransportException>()).Which.OutcomeUnknown.Should().BeTrue();
        handler.Requests.Should().HaveCount(1);
    }

    [Test]
    public async Task FinalizeAsync_401ThenServerError_ThrowsTheSecondAnswerAfterTwoRequests()
    {
        var handler = Scripted(
            [], Unauthorized(), () => StubHandler.Response(HttpStatusCode.InternalServerError, "boom", "text/plain"));
        using var client = TestData.Client(handler, Retrying, new TokenLog().Provider);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclApiException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        thrown.OutcomeUnknown.Should().BeTrue();
        handler.Requests.Should().HaveCount(2);
    }

    [Test]
    public async Task FinalizeAsync_RetryAfterRefresh_NextCallAsksWithoutForceRefresh()
    {
        var tokens = new TokenLog();
        var handler = Scripted([], Unauthorized(), Order(), Order());
        using var client = TestData.Client(handler, Retrying, tokens.Provider);
        await client.FinalizeAsync("sub-0001", TestData.Request());

        await client.FinalizeAsync("sub-0001", TestData.Request());

        tokens.ForceRefresh.Should().Equal(false, true, false);
        handler.Requests.Should().HaveCount(3);
    }

    [Test]
    public async Task FinalizeAsync_401Then200OverASocket_ResendsTheSameBytes()
    {
        await using var server = LoopbackHttpServer.Start(exchange =>
        {
            exchange.KeepAlive = true;
            return exchange.SendAsync(exchange.Number == 1
                ? "HTTP/1.1 401 Unauthorized\r\nContent-Type: text/plain\r\nContent-Length: 7\r\n\r\nexpired"
                : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + $"Content-Length: {Encoding.UTF8.GetByteCount(TestData.FinalizedOrderJson)}\r\n\r\n"
                    + TestData.FinalizedOrderJson);
        });
        var tokens = new TokenLog();
        var options = new RclClientOptions { BaseUrl = server.BaseUrl, RetryOnceOnUnauthorized = true };
        using var client = new RclFinalizeClient(options, tokens.Provider);

        var order = await client.FinalizeAsync("sub-0001", TestData.Request());

        order.KnownStatus.Should().Be(OrderStatus.Valid);
        server.Requests.Should().Be(2);
        server.Bodies[1].Should().Equal(server.Bodies[0]);
        server.Heads[1].Should().Contain("Authorization: Bearer token-2");
        tokens.ForceRefresh.Should().Equal(false, true);
    }

    private static StubHandler Scripted(List<byte[]> bodies, params Func<HttpResponseMessage>[] answers)
    {
        var next = 0;
        return new StubHandler(async (request, token) =>
        {
            bodies.Add(await request.Content!.ReadAsByteArrayAsync(token));
            return answers[Math.Min(next++, answers.Length - 1)]();
        });
    }

    private static Func<HttpResponseMessage> Unauthorized() =>
        () => StubHandler.Response(HttpStatusCode.Unauthorized, "token expired", "text/plain");

    private static Func<HttpResponseMessage> Order() =>
        () => StubHandler.Response(HttpStatusCode.OK, TestData.FinalizedOrderJson, "application/json");

    /// <summary>Hands out token-1, token-2, … and records each request's ForceRefresh.</summary>
    private sealed class TokenLog
    {
        private readonly List<bool> _forceRefresh = [];

        public IReadOnlyList<bool> ForceRefresh => _forceRefresh;

        public AccessTokenProvider Provider => (request, _) =>
        {
            _forceRefresh.Add(request.ForceRefresh);
            return ValueTask.FromResult($"token-{_forceRefresh.Count}");
        };
    }
}
