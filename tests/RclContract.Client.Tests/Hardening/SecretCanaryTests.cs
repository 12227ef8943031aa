using System.Net;
using System.Reflection;
using System.Text;
using Newtonsoft.Json.Linq;

namespace RclContract.Client.Tests.Hardening;

/// <summary>
/// A canary token and password go through every way a call can end, to a real loopback server that echoes both
/// in its bodies and headers. Neither may show in any exception text or any line a Trace-level logger receives.
/// </summary>
public sealed class SecretCanaryTests
{
    private static readonly TimeSpan Patient = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [TestCaseSource(nameof(Paths))]
    public async Task FinalizeAsync_ServerEchoesTheSecrets_NoExceptionOrLogLineHoldsThem(CanaryPath path)
    {
        var canaries = new Canaries();
        var echoed = 0;
        await using var server = LoopbackHttpServer.Start(async exchange =>
        {
            var (token, password) = Canaries.ReadFrom(exchange);
            Interlocked.Increment(ref echoed);
            await path.Answer(exchange, token, password);
        });
        var logger = new RecordingLogger();
        using var client = new RclFinalizeClient(
            new RclClientOptions { BaseUrl = server.BaseUrl, Timeout = path.Timeout },
            (_, _) => ValueTask.FromResult(canaries.Token),
            logger: logger);

        var outcome = await HostileResponseTests.OutcomeOf(() => client.FinalizeAsync("sub-0001", canaries.Request()));

        outcome.Should().BeOfType(path.Outcome, "the outcome was {0}", outcome);
        echoed.Should().Be(1, "the server read both secrets and sent them back");
        var texts = outcome is Exception thrown ? string.Join("\n", Canaries.TextsOf(thrown)) : string.Empty;
        texts.Should().NotContain(canaries.Token).And.NotContain(canaries.Password);
        logger.Lines.Should().NotBeEmpty();
        string.Join("\n", logger.Lines).Should().NotContain(canaries.Token).And.NotContain(canaries.Password);
    }

    [TestCase(HttpStatusCode.BadRequest)]
    [TestCase(HttpStatusCode.OK)]
    public async Task FinalizeAsync_SecretAcrossTheCut_NoPartOfItIsKept(HttpStatusCode status)
    {
        var canaries = new Canaries();
        var keep = status == HttpStatusCode.OK ? 200 : new RclClientOptions().MaxErrorTextLength;
        var echo = new string('e', keep - 20) + canaries.Token + " and more";
        var contentType = status == HttpStatusCode.OK ? "text/html" : "text/plain";
        using var client = TestData.Client(
            StubHandler.Answering(status, echo, contentType), tokens: (_, _) => ValueTask.FromResult(canaries.Token));

        var outcome = await HostileResponseTests.OutcomeOf(() => client.FinalizeAsync("sub-0001", canaries.Request()));

        var texts = string.Join("\n", Canaries.TextsOf(outcome.Should().BeAssignableTo<RclClientException>().Subject));
        texts.Should().NotContain(canaries.Token[..20], "the first 20 characters of the token fell before the cut");
    }

    [Test]
    public void CommittedPacts_SecretExamples_AreTheObviousFakes()
    {
        var pacts = Directory.GetFiles(Path.Combine(RepoRoot(), "pacts"), "*.json");

        pacts.Should().NotBeEmpty();
        foreach (var pact in pacts)
        {
            var requests = JObject.Parse(File.ReadAllText(pact))["interactions"]!.Select(i => i["request"]!).ToList();
            requests.Should().NotBeEmpty();
            foreach (var request in requests)
            {
                var authorization = request["headers"]?["Authorization"];
                if (authorization is not null)
                {
                    authorization.Values<string>().Should().Equal(["Bearer fake-access-token"], pact);
                }

                var password = request["body"]?["content"]?["password"];
                if (password is not null)
                {
                    password.Value<string>().Should().Be("not-a-real-password", pact);
                }
            }

            requests.Should().Contain(r => r["headers"]!["Authorization"] != null, "{0} shows the header", pact);
            var strings = JObject.Parse(File.ReadAllText(pact)).Descendants().OfType<JValue>()
                .Where(v => v.Type == JTokenType.String).Select(v => v.Value<string>()!).ToList();
            strings.Where(v => v.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                .Should().OnlyContain(v => v == "Bearer fake-access-token", "{0} holds no other bearer value", pact);
            File.ReadAllText(pact).Should().NotMatchRegex(@"eyJ[A-Za-z0-9_-]{10,}\.", "no JWT anywhere in {0}", pact);
        }
    }

    private static IEnumerable<TestCaseData> Paths() => new CanaryPath[]
    {
        new("success", (x, token, password) => x.SendAsync(Response(
                "200 OK",
                $$"""{"status":"valid","orderUri":"https://a.test/o/1","echo":"{{token}} {{password}}"}""",
                $"application/json; echo={token}",
                $"X-Echo: {token} {password}\r\n")),
            typeof(FinalizedOrder), Patient),
        new("400 text", (x, token, password) => x.SendAsync(Response(
                "400 Bad Request",
                $"Order refused for password {password}\nand token {token}",
                $"text/plain; charset=utf-8; echo={password}",
                $"X-Echo: {token}\r\n")),
            typeof(RclBadRequestException), Patient),
        new("401 text and challenge", (x, token, password) => x.SendAsync(Response(
                "401 Unauthorized",
                $"Token {token} rejected (password {password})",
                "text/plain",
                $"WWW-Authenticate: Bearer realm=\"{token}\", error_description=\"{password}\"\r\n")),
            typeof(RclUnauthorizedException), Patient),
        new("500 html", (x, token, password) => x.SendAsync(Response(
                "500 Internal Server Error",
                $"<html><pre>request: Authorization: Bearer {token}\n{{\"password\":\"{password}\"}}</pre></html>",
                $"text/html; echo={token}")),
            typeof(RclApiException), Patient),
        new("200 not JSON", (x, token, password) => x.SendAsync(Response(
                "200 OK", $"<html>{token} {password}</html>", $"text/{token}; echo={password}")),
            typeof(RclResponseFormatException), Patient),
        new("200 bad JSON", (x, token, password) => x.SendAsync(Response(
                "200 OK",
                $$"""{"status":"valid","orderUri":"https://a.test/o/1","validationTokens":"{{token}} {{password}}"}""",
                $"application/json; echo={token}")),
            typeof(RclResponseFormatException), Patient),
        new("200 truncated JSON", (x, token, password) => x.SendAsync(Response(
                "200 OK", $$"""{"status":"{{token}}","orderUri":"{{password}}""", $"application/json; echo={token}")),
            typeof(RclResponseFormatException), Patient),
        new("timeout", async (x, token, password) =>
            {
                await x.SendAsync(
                    $"HTTP/1.1 200 OK\r\nContent-Type: application/json; echo={token}\r\nX-Echo: {password}\r\n"
                    + $"Content-Length: 900\r\n\r\n{{\"status\":\"{token}\",\"orderUri\":\"{password}");
                await x.StallAsync();
            },
            typeof(RclTimeoutException), Short),
        new("transport reset mid-body", async (x, token, password) =>
            {
                await x.SendAsync(
                    $"HTTP/1.1 200 OK\r\nContent-Type: application/json; echo={token}\r\nX-Echo: {password}\r\n"
                    + $"Content-Length: 900\r\n\r\n{{\"status\":\"{token}\",\"orderUri\":\"{password}");
                x.Reset();
            },
            typeof(RclTransportException), Patient),
        new("transport invalid status line", (x, token, password) =>
                x.SendAsync($"HTTP/1.1 2{token} {password}\r\nContent-Length: 0\r\n\r\n"),
            typeof(RclTransportException), Patient),
        new("transport invalid header line", (x, token, password) =>
                x.SendAsync($"HTTP/1.1 200 OK\r\n{token} {password}\r\nContent-Length: 0\r\n\r\n"),
            typeof(RclTransportException), Patient),
        new("too large", (x, token, password) => x.SendAsync(Response(
                "200 OK",
                "{\"echo\":\"" + string.Concat(Enumerable.Repeat($"{token} {password} ", 20_000)) + "\"}",
                $"application/json; echo={token}")),
            typeof(RclResponseTooLargeException), Patient),
    }.Select(p => new TestCaseData(p).SetArgDisplayNames(p.Name));

    private static string Response(string statusLine, string body, string contentType, string headers = "") =>
        $"HTTP/1.1 {statusLine}\r\nContent-Type: {contentType}\r\n{headers}"
        + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    private static string RepoRoot() => typeof(SecretCanaryTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;
}
