using System.Globalization;
using System.Net;
using System.Text;

namespace RclContract.Client.Tests.Hardening;

/// <summary>
/// What the real <see cref="RclFinalizeClient"/> does with answers a broken, hostile or future server may give.
/// Each case names its documented outcome: a finalized order with a property check, or one exact exception type.
/// </summary>
public sealed class HostileResponseTests
{
    private const string OrderUri = "https://acme.example.test/acme/order/1000/2000";
    private const int MaxErrorTextLength = 4096;
    private const long FiftyMegabytes = 50L * 1024 * 1024;

    private static readonly string CutMarker = $" … [cut after {MaxErrorTextLength} characters]";

    [TestCaseSource(nameof(Catalogue))]
    public async Task FinalizeAsync_HostileResponse_HasItsDocumentedOutcome(HostileCase hostile)
    {
        var handler = new StubHandler((_, _) => Task.FromResult(hostile.Answer()));
        using var client = TestData.Client(handler);

        var outcome = await OutcomeOf(() => client.FinalizeAsync("sub-0001", TestData.Request()));

        outcome.Should().BeOfType(hostile.Outcome, "the outcome was {0}", outcome);
        hostile.Check(outcome);
        handler.Requests.Should().HaveCount(1, "finalize is sent once, whatever the answer");
    }

    [Test]
    public void Catalogue_Cases_AreManyAndNamedUniquely()
    {
        var names = Catalogue().Select(c => c.TestName ?? c.Arguments[0]!.ToString()).ToList();

        names.Should().HaveCountGreaterThanOrEqualTo(30).And.OnlyHaveUniqueItems();
    }

    [Test]
    public async Task FinalizeAsync_200Endless_ThrowsTooLargeAfterReadingAboutTheLimit()
    {
        var body = new LazyContent(FiftyMegabytes, """{"status":"valid","orderUri":"x","pad":" """, 'a');
        var handler = Answering(HttpStatusCode.OK, body, "application/json");
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclResponseTooLargeException>()).Which;
        thrown.StatusCode.Should().Be(200);
        thrown.Limit.Should().Be(new RclClientOptions().MaxResponseBytes);
        thrown.OutcomeUnknown.Should().BeTrue();
        body.BytesRead.Should().Be(thrown.Limit + 1);
    }

    [Test]
    public async Task FinalizeAsync_200DeclaresAHugeLength_ThrowsTooLargeWithoutReading()
    {
        var body = new LazyContent(FiftyMegabytes, "{", ' ', declareLength: true);
        var handler = Answering(HttpStatusCode.OK, body, "application/json");
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await call.Should().ThrowAsync<RclResponseTooLargeException>()).Which.StatusCode.Should().Be(200);
        body.BytesRead.Should().Be(0);
    }

    [Test]
    public async Task FinalizeAsync_400Endless_KeepsBoundedTextAndStopsReading()
    {
        var body = new LazyContent(FiftyMegabytes, "Order rejected: ", 'x');
        var handler = Answering(HttpStatusCode.BadRequest, body, "text/plain");
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclBadRequestException>()).Which;
        thrown.ResponseText.Should().StartWith("Order rejected: xxx").And.EndWith(CutMarker);
        thrown.ResponseText.Length.Should().Be(MaxErrorTextLength + CutMarker.Length);
        body.BytesRead.Should().BeLessThan(64 * 1024);
    }

    [Test]
    public async Task FinalizeAsync_CallerCancelsWhileTheBodyStreams_ThrowsOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var body = new LazyContent(FiftyMegabytes, """{"status":"valid","pad":" """, ' ', afterRead: read =>
        {
            if (read >= 16 * 1024)
            {
                cancel.Cancel();
            }
        });
        using var client = TestData.Client(Answering(HttpStatusCode.OK, body, "application/json"));

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request(), cancel.Token);

        await call.Should().ThrowAsync<OperationCanceledException>();
        body.BytesRead.Should().BeLessThan(body.Length);
    }

    [Test]
    public async Task FinalizeAsync_SocketHeadersNeverCome_ThrowsTimeout()
    {
        await using var server = LoopbackHttpServer.Start(exchange => exchange.StallAsync());
        using var client = SocketClient(server, timeoutMs: 200);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclTimeoutException>()).Which;
        thrown.OutcomeUnknown.Should().BeTrue();
        server.Requests.Should().Be(1);
    }

    [Test]
    public async Task FinalizeAsync_SocketBodyStallsAfterHeaders_ThrowsTimeout()
    {
        await using var server = LoopbackHttpServer.Start(async exchange =>
        {
            await exchange.SendAsync(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"status\":");
            await exchange.StallAsync();
        });
        using var client = SocketClient(server, timeoutMs: 200);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await call.Should().ThrowAsync<RclTimeoutException>()).Which.OutcomeUnknown.Should().BeTrue();
        server.Requests.Should().Be(1);
    }

    [Test]
    public async Task FinalizeAsync_SocketResetMidBody_ThrowsTransportWithOutcomeUnknown()
    {
        await using var server = LoopbackHttpServer.Start(async exchange =>
        {
            await exchange.SendAsync(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"status\":\"va");
            exchange.Reset();
        });
        using var client = SocketClient(server);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await call.Should().ThrowAsync<RclTransportException>()).Which.OutcomeUnknown.Should().BeTrue();
        server.Requests.Should().Be(1);
    }

    [Test]
    public async Task FinalizeAsync_SocketClosedMidErrorBody_ThrowsTransportWithOutcomeUnknown()
    {
        await using var server = LoopbackHttpServer.Start(async exchange =>
        {
            await exchange.SendAsync(
                "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 400\r\n\r\nOrder is no");
            exchange.Close();
        });
        using var client = SocketClient(server);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await call.Should().ThrowAsync<RclTransportException>()).Which.OutcomeUnknown.Should().BeTrue();
    }

    [Test]
    public async Task FinalizeAsync_SocketClosedBeforeAnyAnswer_ThrowsTransportAndSendsOnce()
    {
        await using var server = LoopbackHttpServer.Start(exchange =>
        {
            exchange.Close();
            return Task.CompletedTask;
        });
        using var client = SocketClient(server);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await call.Should().ThrowAsync<RclTransportException>()).Which.OutcomeUnknown.Should().BeTrue();
        server.Requests.Should().Be(1);
    }

    [Test]
    public async Task FinalizeAsync_ReusedConnectionClosedAfterTheRequest_IsNotSentAgain()
    {
        await using var server = LoopbackHttpServer.Start(async exchange =>
        {
            if (exchange.Number == 1)
            {
                exchange.KeepAlive = true;
                await exchange.SendAsync(OkResponse(TestData.FinalizedOrderJson));
                return;
            }

            // The server read the whole request, may have finalized, and then the connection died.
            exchange.Close();
        });
        using var client = SocketClient(server);
        await client.FinalizeAsync("sub-0001", TestData.Request());

        var second = () => client.FinalizeAsync("sub-0001", TestData.Request());

        (await second.Should().ThrowAsync<RclTransportException>()).Which.OutcomeUnknown.Should().BeTrue();
        server.Requests.Should().Be(2, "the second finalize must reach the server once, not be re-sent");
        server.Connections.Should().Be(1, "the second finalize went over the kept-alive connection");
    }

    [Test]
    public async Task FinalizeAsync_SocketRedirect_IsNotFollowed()
    {
        await using var server = LoopbackHttpServer.Start(exchange => exchange.SendAsync(
            $"HTTP/1.1 307 Temporary Redirect\r\nLocation: {exchange.Head.Split(' ')[1]}/again\r\n"
            + "Content-Length: 0\r\n\r\n"));
        using var client = SocketClient(server);

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = (await call.Should().ThrowAsync<RclApiException>()).Which;
        thrown.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        thrown.OutcomeUnknown.Should().BeFalse();
        server.Requests.Should().Be(1);
    }

    [Test]
    public async Task FinalizeAsync_SocketValidOrder_Finalizes()
    {
        await using var server = LoopbackHttpServer.Start(exchange =>
            exchange.SendAsync(OkResponse(TestData.FinalizedOrderJson)));
        using var client = SocketClient(server);

        var order = await client.FinalizeAsync("sub-0001", TestData.Request());

        order.KnownStatus.Should().Be(OrderStatus.Valid);
        server.Requests.Should().Be(1);
    }

    private static IEnumerable<TestCaseData> Catalogue() =>
        Cases().Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    private static IEnumerable<HostileCase> Cases()
    {
        // Forward compatibility: values and shapes a newer server may send.
        yield return Order("status unknown value", """{"status":"archived","orderUri":"{o}"}""", o =>
        {
            o.Status.Should().Be("archived");
            o.KnownStatus.Should().Be(OrderStatus.Unknown);
        });
        yield return Order("status upper case", """{"status":"VALID","orderUri":"{o}"}""", o =>
        {
            o.Status.Should().Be("VALID");
            o.KnownStatus.Should().Be(OrderStatus.Valid);
        });
        yield return Order("status mixed case with spaces", """{"status":" Processing ","orderUri":"{o}"}""", o =>
        {
            o.Status.Should().Be(" Processing ");
            o.KnownStatus.Should().Be(OrderStatus.Processing);
        });
        yield return Order("status empty string", """{"status":"","orderUri":"{o}"}""",
            o => o.KnownStatus.Should().Be(OrderStatus.Unknown));
        yield return Order("lists absent", """{"status":"valid","orderUri":"{o}"}""", o =>
        {
            o.ValidationTokens.Should().BeNull();
            o.Challenges.Should().BeNull();
        });
        yield return Order(
            "lists null",
            """{"status":"valid","orderUri":"{o}","validationTokens":null,"challenges":null}""",
            o =>
            {
                o.ValidationTokens.Should().BeNull();
                o.Challenges.Should().BeNull();
            });
        yield return Order(
            "lists empty",
            """{"status":"valid","orderUri":"{o}","validationTokens":[],"challenges":[]}""",
            o =>
            {
                o.ValidationTokens.Should().BeEmpty();
                o.Challenges.Should().BeEmpty();
            });
        yield return Order("list holding null", """{"status":"valid","orderUri":"{o}","validationTokens":[null]}""",
            o => o.ValidationTokens.Should().ContainSingle().Which.Should().BeNull());
        yield return Order(
            "extra fields everywhere",
            """
            {"status":"valid","orderUri":"{o}","renewal":{"at":[1,2]},"n":1.5e300,
             "challenges":[{"challengeType":"dns-account-01","status":"pending","colour":"blue"}]}
            """,
            o =>
            {
                o.AdditionalProperties.Keys.Should().BeEquivalentTo("renewal", "n");
                o.Challenges![0].AdditionalProperties.Should().ContainKey("colour");
            });
        yield return Order(
            "metadata names as fields",
            """{"$type":[1],"$id":-1,"$ref":{"a":1},"status":"valid","orderUri":"{o}"}""",
            o => o.AdditionalProperties.Keys.Should().BeEquivalentTo("$type", "$id", "$ref"));
        yield return Order("processing without certificateUri", """{"status":"processing","orderUri":"{o}"}""", o =>
        {
            o.KnownStatus.Should().Be(OrderStatus.Processing);
            o.CertificateUri.Should().BeNull();
        });
        yield return Order("no content type", TestData.FinalizedOrderJson,
            o => o.KnownStatus.Should().Be(OrderStatus.Valid), contentType: null);
        yield return Order("vendor json media type", TestData.FinalizedOrderJson,
            o => o.KnownStatus.Should().Be(OrderStatus.Valid), contentType: "application/vnd.rcl.order+json");
        yield return Order("content type garbage", TestData.FinalizedOrderJson,
            o => o.KnownStatus.Should().Be(OrderStatus.Valid), contentType: "garbage");

        // Types the generated model does not expect. Newtonsoft turns a JSON scalar into the string it reads as.
        yield return Order("status as number", """{"status":5,"orderUri":"{o}"}""", o =>
        {
            o.Status.Should().Be("5");
            o.KnownStatus.Should().Be(OrderStatus.Unknown);
        });
        yield return Order("status as boolean", """{"status":true,"orderUri":"{o}"}""",
            o => o.KnownStatus.Should().Be(OrderStatus.Unknown));
        yield return Order("orderUri not a URI", """{"status":"valid","orderUri":"not a uri"}""",
            o => o.OrderUri.IsAbsoluteUri.Should().BeFalse());
        yield return Order("trailing garbage after the order", """{"status":"valid","orderUri":"{o}"} <html>""",
            o => o.KnownStatus.Should().Be(OrderStatus.Valid));
        yield return Format("status as object", """{"status":{"v":1},"orderUri":"{o}"}""");
        yield return Format("status null", """{"status":null,"orderUri":"{o}"}""");
        yield return Format("status absent", """{"orderUri":"{o}"}""");
        yield return Format("orderUri as number", """{"status":"valid","orderUri":12}""");
        yield return Format("challenges as object", """{"status":"valid","orderUri":"{o}","challenges":{"a":1}}""");
        yield return Format(
            "validationTokens as string", """{"status":"valid","orderUri":"{o}","validationTokens":"x"}""");
        yield return Format("challenge without its status", """
            {"status":"valid","orderUri":"{o}","challenges":[{"challengeType":"dns-01"}]}
            """);
        yield return Format("truncated JSON", """{"status":"valid","orderUri":"{o}","challenges":[{"chall""");
        yield return Format("JSON array", "[]");
        yield return Format("JSON null", "null");
        yield return Format("JSON string", "\"valid\"");
        yield return Format("nested deeper than 32", $$"""{"status":"valid","orderUri":"{o}","x":{{Nest(40)}}}""");
        yield return Format("empty body", "");
        yield return Format("empty body without content type", "", contentType: null);
        yield return Format("UTF-16 without BOM", """{"status":"valid","orderUri":"{o}"}""", "application/json",
            Encoding.Unicode);
        yield return Fails<RclResponseFormatException>(
            "html page",
            () => Respond(HttpStatusCode.OK, "<html><body>Down for maintenance</body></html>", "text/html"),
            e =>
            {
                e.ContentType.Should().Be("text/html");
                e.BodyStart.Should().Contain("Down for maintenance");
                e.OutcomeUnknown.Should().BeTrue();
            });
        yield return Fails<RclResponseFormatException>(
            "valid order as text plain",
            () => Respond(HttpStatusCode.OK, TestData.FinalizedOrderJson, "text/plain"),
            e => e.Message.Should().Contain("text/plain, not JSON"));

        // 400 and 401: the spec's text errors.
        yield return BadRequest("400 empty", "", e => e.ResponseText.Should().BeEmpty());
        yield return BadRequest("400 multi-line", "line one\r\nline two\n\tline three",
            e => e.ResponseText.Should().Be("line one\r\nline two\n\tline three"));
        yield return BadRequest("400 non-ASCII", "Bestellung ungültig: 注文 ✓ 🔒",
            e => e.ResponseText.Should().Be("Bestellung ungültig: 注文 ✓ 🔒"));
        yield return BadRequest("400 very long ASCII", new string('e', 100_000), CutAtTheLimit);
        yield return BadRequest(
            "400 very long non-ASCII", string.Concat(Enumerable.Repeat("ü🔒", 20_000)), CutAtTheLimit);
        yield return BadRequest("400 exactly at the limit", new string('e', MaxErrorTextLength),
            e => e.ResponseText.Should().HaveLength(MaxErrorTextLength).And.NotContain("cut after"));
        yield return BadRequest("400 unknown charset", "bad order", e => e.ResponseText.Should().Be("bad order"),
            contentType: "text/plain; charset=no-such-charset");
        yield return BadRequest("400 utf-7 charset", "bad order", e => e.ResponseText.Should().Contain("bad order"),
            contentType: "text/plain; charset=utf-7");
        yield return Fails<RclBadRequestException>(
            "400 JSON problem body",
            () => Respond(HttpStatusCode.BadRequest, """{"title":"not ready"}""", "application/problem+json"),
            e =>
            {
                e.ResponseText.Should().Be("""{"title":"not ready"}""");
                e.ContentType.Should().Be("application/problem+json");
            });
        yield return Unauthorized("401 empty", "", e =>
        {
            e.ResponseText.Should().BeEmpty();
            e.WwwAuthenticate.Should().BeNull();
        });
        yield return Unauthorized("401 multi-line non-ASCII", "Jeton abgelaufen\nトークン期限切れ",
            e => e.ResponseText.Should().Be("Jeton abgelaufen\nトークン期限切れ"));
        yield return Unauthorized("401 very long", new string('u', 1_000_000), CutAtTheLimit);
        yield return Fails<RclUnauthorizedException>(
            "401 with WWW-Authenticate",
            () => Respond(HttpStatusCode.Unauthorized, "expired", "text/plain", r =>
                r.Headers.TryAddWithoutValidation(
                    "WWW-Authenticate", "Bearer realm=\"rcl\", error=\"invalid_token\"")),
            e =>
            {
                e.WwwAuthenticate.Should().Be("Bearer realm=\"rcl\", error=\"invalid_token\"");
                e.OutcomeUnknown.Should().BeFalse();
            });

        // Statuses the spec does not declare.
        yield return Api("403", HttpStatusCode.Forbidden, "orderNotReady", outcomeUnknown: false);
        yield return Api("404", HttpStatusCode.NotFound, "", outcomeUnknown: false);
        yield return Api("409", HttpStatusCode.Conflict, "finalize in progress", outcomeUnknown: false);
        yield return Api("500", HttpStatusCode.InternalServerError, "boom", outcomeUnknown: true);
        yield return Api("503", HttpStatusCode.ServiceUnavailable, "later", outcomeUnknown: true);
        yield return Fails<RclApiException>(
            "429 with Retry-After seconds",
            () => Respond(HttpStatusCode.TooManyRequests, "slow down", "text/plain",
                r => r.Headers.TryAddWithoutValidation("Retry-After", "120")),
            e =>
            {
                e.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
                e.RetryAfter.Should().Be(TimeSpan.FromSeconds(120));
                e.OutcomeUnknown.Should().BeFalse();
            });
        yield return Fails<RclApiException>(
            "503 with Retry-After date",
            () => Respond(HttpStatusCode.ServiceUnavailable, "", null, r => r.Headers.TryAddWithoutValidation(
                "Retry-After", DateTimeOffset.UtcNow.AddHours(1).ToString("r", CultureInfo.InvariantCulture))),
            e => e.RetryAfter.Should()
                .BeGreaterThan(TimeSpan.FromMinutes(55)).And.BeLessThan(TimeSpan.FromMinutes(61)));
        yield return Fails<RclApiException>(
            "429 with Retry-After garbage",
            () => Respond(HttpStatusCode.TooManyRequests, "", null,
                r => r.Headers.TryAddWithoutValidation("Retry-After", "soon-ish")),
            e => e.RetryAfter.Should().BeNull());
        yield return Fails<RclApiException>(
            "502 HTML page",
            () => Respond(HttpStatusCode.BadGateway, "<html>\n<h1>502 Bad Gateway</h1>\n</html>", "text/html"),
            e =>
            {
                e.ContentType.Should().Be("text/html");
                e.ResponseText.Should().Contain("<h1>502 Bad Gateway</h1>");
                e.OutcomeUnknown.Should().BeTrue();
            });
        yield return Fails<RclApiException>(
            "302 redirect",
            () => Respond(HttpStatusCode.Found, "", null,
                r => r.Headers.Location = new Uri("http://127.0.0.1:9/elsewhere")),
            e =>
            {
                e.StatusCode.Should().Be(HttpStatusCode.Found);
                e.OutcomeUnknown.Should().BeFalse();
            });
        yield return Fails<RclApiException>(
            "202 accepted with an order",
            () => Respond(HttpStatusCode.Accepted, TestData.FinalizedOrderJson, "application/json"),
            e =>
            {
                e.StatusCode.Should().Be(HttpStatusCode.Accepted);
                e.OutcomeUnknown.Should().BeTrue("a 2xx says the server took the finalize");
            });
        yield return Fails<RclApiException>(
            "204 no content",
            () => Respond(HttpStatusCode.NoContent, "", null),
            e => e.OutcomeUnknown.Should().BeTrue("a 2xx says the server took the finalize"));
        yield return Fails<RclApiException>(
            "599 unknown status",
            () => Respond((HttpStatusCode)599, "?", "text/plain"),
            e => e.OutcomeUnknown.Should().BeTrue());
    }

    private static HostileCase Order(
        string name, string json, Action<FinalizedOrder> check, string? contentType = "application/json") =>
        new(
            name,
            () => Respond(HttpStatusCode.OK, json.Replace("{o}", OrderUri, StringComparison.Ordinal), contentType),
            typeof(FinalizedOrder),
            o => check((FinalizedOrder)o));

    private static HostileCase Format(
        string name, string json, string? contentType = "application/json", Encoding? encoding = null) =>
        Fails<RclResponseFormatException>(
            name,
            () => Respond(HttpStatusCode.OK, json.Replace("{o}", OrderUri, StringComparison.Ordinal), contentType,
                encoding: encoding),
            e =>
            {
                e.Message.Should().StartWith("The RCL API answered 200 but the body is not a finalized order");
                e.OutcomeUnknown.Should().BeTrue();
            });

    private static HostileCase BadRequest(
        string name, string text, Action<RclBadRequestException> check, string contentType = "text/plain") =>
        Fails<RclBadRequestException>(name, () => Respond(HttpStatusCode.BadRequest, text, contentType), e =>
        {
            e.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            e.OutcomeUnknown.Should().BeFalse();
            check(e);
        });

    private static HostileCase Unauthorized(string name, string text, Action<RclUnauthorizedException> check) =>
        Fails<RclUnauthorizedException>(name, () => Respond(HttpStatusCode.Unauthorized, text, "text/plain"), e =>
        {
            e.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            check(e);
        });

    private static HostileCase Api(string name, HttpStatusCode status, string text, bool outcomeUnknown) =>
        Fails<RclApiException>(name, () => Respond(status, text, "text/plain"), e =>
        {
            e.StatusCode.Should().Be(status);
            e.ResponseText.Should().Be(text);
            e.RetryAfter.Should().BeNull();
            e.OutcomeUnknown.Should().Be(outcomeUnknown);
        });

    private static HostileCase Fails<T>(string name, Func<HttpResponseMessage> answer, Action<T> check)
        where T : Exception =>
        new(name, answer, typeof(T), e => check((T)e));

    private static void CutAtTheLimit(RclApiException thrown)
    {
        thrown.ResponseText.Should().EndWith(CutMarker);
        thrown.ResponseText.Length.Should().BeLessThanOrEqualTo(MaxErrorTextLength + CutMarker.Length);
        thrown.ResponseText.Length.Should().BeGreaterThan(MaxErrorTextLength / 2);
        thrown.Message.Length.Should().BeLessThan(MaxErrorTextLength + CutMarker.Length + 200);
    }

    private static string Nest(int depth) => new string('[', depth) + new string(']', depth);

    internal static HttpResponseMessage Respond(
        HttpStatusCode status,
        string body,
        string? contentType,
        Action<HttpResponseMessage>? headers = null,
        Encoding? encoding = null)
    {
        var content = new ByteArrayContent((encoding ?? Encoding.UTF8).GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = new HttpResponseMessage(status) { Content = content };
        headers?.Invoke(response);
        return response;
    }

    internal static async Task<object> OutcomeOf(Func<Task<FinalizedOrder>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception thrown)
        {
            return thrown;
        }
    }

    private static StubHandler Answering(HttpStatusCode status, HttpContent body, string contentType)
    {
        body.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = body }));
    }

    private static RclFinalizeClient SocketClient(LoopbackHttpServer server, int timeoutMs = 5000) => new(
        new RclClientOptions { BaseUrl = server.BaseUrl, Timeout = TimeSpan.FromMilliseconds(timeoutMs) },
        (_, _) => ValueTask.FromResult(TestData.Token));

    private static string OkResponse(string json) =>
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + $"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n{json}";
}
