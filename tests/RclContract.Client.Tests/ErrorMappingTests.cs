using System.Net;

namespace RclContract.Client.Tests;

public sealed class ErrorMappingTests
{
    [Test]
    public async Task FinalizeAsync_400TextPlain_ThrowsBadRequestWithTheTextVerbatim()
    {
        const string text = "Order https://acme.example.test/acme/order/1000/2000 is already finalized (status valid).";
        using var client = TestData.Client(StubHandler.Answering(HttpStatusCode.BadRequest, text, "text/plain"));

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclBadRequestException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        thrown.ResponseText.Should().Be(text);
        thrown.ContentType.Should().Be("text/plain");
        thrown.Message.Should().Contain(text);
        thrown.OutcomeUnknown.Should().BeFalse();
    }

    [Test]
    public async Task FinalizeAsync_401TextPlain_ThrowsUnauthorizedWithTheTextVerbatim()
    {
        const string text = "Authorization failed. The access token was rejected.";
        var handler = new StubHandler((_, _) =>
        {
            var response = StubHandler.Response(HttpStatusCode.Unauthorized, text, "text/plain");
            response.Headers.WwwAuthenticate.ParseAdd("Bearer realm=\"rcl\"");
            return Task.FromResult(response);
        });
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclUnauthorizedException>()).Which;
        thrown.ResponseText.Should().Be(text);
        thrown.WwwAuthenticate.Should().Be("Bearer realm=\"rcl\"");
    }

    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.ServiceUnavailable, true)]
    [TestCase(HttpStatusCode.Forbidden, false)]
    [TestCase(HttpStatusCode.NotFound, false)]
    public async Task FinalizeAsync_UndeclaredStatus_ThrowsApiExceptionWithStatusAndBody(
        HttpStatusCode status, bool outcomeUnknown)
    {
        var handler = StubHandler.Answering(status, "<html><body>Gateway says no</body></html>", "text/html");
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclApiException>()).Which;
        thrown.Should().BeOfType<RclApiException>();
        thrown.StatusCode.Should().Be(status);
        thrown.ResponseText.Should().Contain("Gateway says no");
        thrown.Message.Should().Contain(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
        thrown.OutcomeUnknown.Should().Be(outcomeUnknown);
        handler.Requests.Should().HaveCount(1, "finalize is never retried");
    }

    [Test]
    public async Task FinalizeAsync_200WithHtml_ThrowsResponseFormatNamingTheMediaType()
    {
        var handler = StubHandler.Answering(HttpStatusCode.OK, "<html>maintenance</html>", "text/html");
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclResponseFormatException>()).Which;
        thrown.Message.Should().Contain("text/html").And.Contain("not JSON");
        thrown.BodyStart.Should().Be("<html>maintenance</html>");
    }

    [TestCase("", TestName = "FinalizeAsync_200EmptyBody_ThrowsResponseFormat")]
    [TestCase("null", TestName = "FinalizeAsync_200JsonNull_ThrowsResponseFormat")]
    [TestCase("[1,2]", TestName = "FinalizeAsync_200JsonArray_ThrowsResponseFormat")]
    [TestCase("{\"status\":\"valid\"", TestName = "FinalizeAsync_200TruncatedJson_ThrowsResponseFormat")]
    [TestCase("{\"orderUri\":\"https://a.test/o/1\"}", TestName = "FinalizeAsync_200MissingStatus_ThrowsResponseFormat")]
    public async Task FinalizeAsync_200NotAnOrder_ThrowsResponseFormat(string body)
    {
        using var client = TestData.Client(StubHandler.Answering(HttpStatusCode.OK, body, "application/json"));

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclResponseFormatException>()).Which;
        thrown.Message.Should().StartWith("The RCL API answered 200 but the body is not a finalized order");
        thrown.OutcomeUnknown.Should().BeTrue();
    }

    [Test]
    public async Task FinalizeAsync_ConnectionRefused_ThrowsTransportException()
    {
        using var client = TestData.Client(new StubHandler((_, _) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)")));

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclTransportException>()).Which;
        thrown.Message.Should().Contain("Connection refused");
        thrown.OutcomeUnknown.Should().BeFalse("the request never reached the server");
    }

    [Test]
    public async Task FinalizeAsync_CallerCancels_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var handler = new StubHandler(async (_, token) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request(), cancel.Token);

        await call.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task FinalizeAsync_ServerNeverAnswers_ThrowsTimeout()
    {
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        var options = new RclClientOptions
        {
            BaseUrl = new Uri("http://127.0.0.1:9/"),
            Timeout = TimeSpan.FromMilliseconds(200),
        };
        using var client = TestData.Client(handler, options);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclTimeoutException>()).Which;
        thrown.Timeout.Should().Be(TimeSpan.FromMilliseconds(200));
        thrown.OutcomeUnknown.Should().BeTrue();
        handler.Requests.Should().HaveCount(1, "a timed-out finalize is never retried");
    }
}
