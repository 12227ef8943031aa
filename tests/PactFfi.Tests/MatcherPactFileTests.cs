using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PactFfi.Tests.Support;

namespace PactFfi.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class MatcherPactFileTests
{
    private const string Consumer = "matcher-consumer";
    private const string Provider = "matcher-provider";

    public static IEnumerable<TestCaseData> BodyMatchers()
    {
        yield return Case("type", () => Match.Type("www.example.com"),
            "\"www.example.com\"", """{"match":"type"}""", "\"other.example.org\"");
        yield return Case("min type", () => Match.MinType(new { a = 1 }, 2),
            """[{"a":1},{"a":1}]""", """{"match":"type","min":2}""", """[{"a":5},{"a":6},{"a":7}]""");
        yield return Case("max type", () => Match.MaxType(new { a = 1 }, 3),
            """[{"a":1}]""", """{"match":"type","max":3}""", """[{"a":2},{"a":3}]""");
        yield return Case("min max type", () => Match.MinMaxType(new { a = 1 }, 1, 3),
            """[{"a":1}]""", """{"match":"type","min":1,"max":3}""", """[{"a":9}]""");
        yield return Case("regex", () => Match.Regex("abc", "^a.c$"),
            "\"abc\"", """{"match":"regex","regex":"^a.c$"}""", "\"axc\"");
        yield return Case("integer", () => Match.Integer(5),
            "5", """{"match":"integer"}""", "7");
        yield return Case("decimal", () => Match.Decimal(5.5m),
            "5.5", """{"match":"decimal"}""", "1.25");
        yield return Case("number", () => Match.Number(5),
            "5", """{"match":"number"}""", "3.5");
        yield return Case("equality", () => Match.Equality("exact"),
            "\"exact\"", """{"match":"equality"}""", "\"exact\"");
        yield return Case("include", () => Match.Include("xy"),
            "\"xy\"", """{"match":"include","value":"xy"}""", "\"axyb\"");
        yield return Case("null", Match.Null,
            "null", """{"match":"null"}""", "null");
        yield return Case("datetime", () => Match.DateTime("2024-01-02T03:04:05", "yyyy-MM-dd'T'HH:mm:ss"),
            "\"2024-01-02T03:04:05\"", """{"match":"datetime","format":"yyyy-MM-dd'T'HH:mm:ss"}""",
            "\"2025-12-31T23:59:58\"");
        yield return Case("date", () => Match.Date("2024-01-02", "yyyy-MM-dd"),
            "\"2024-01-02\"", """{"match":"date","format":"yyyy-MM-dd"}""", "\"1999-12-31\"");
        yield return Case("time", () => Match.Time("03:04:05", "HH:mm:ss"),
            "\"03:04:05\"", """{"match":"time","format":"HH:mm:ss"}""", "\"23:59:58\"");
    }

    [TestCaseSource(nameof(BodyMatchers))]
    public async Task WithJsonBody_Matcher_LandsInPactFileAsV4Rule(
        Func<Matcher> matcher, string expectedContent, string expectedRule, string sentValue)
    {
        using var directory = new TempDirectory();
        var builder = Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory.Path }).UsingNativeBackend();
        builder
            .UponReceiving("a request with a matched value")
                .WithRequest(HttpMethod.Post, "/values")
                .WithJsonBody(new { value = matcher() })
            .WillRespond()
                .WithStatus(HttpStatusCode.NoContent);

        await builder.VerifyAsync(ctx => PostJsonAsync(ctx, "/values", $$"""{"value":{{sentValue}}}"""));

        var request = PactFile.SingleInteraction(directory.Path, Consumer, Provider)["request"]!;
        request["body"]!["content"]!["value"].Should().Match<JsonNode?>(
            node => PactFile.JsonEquals(node, expectedContent), "the example is {0}", expectedContent);
        request["matchingRules"]!["body"]!["$.value"].Should().Match<JsonNode?>(
            node => PactFile.JsonEquals(node, $$"""{"combine":"AND","matchers":[{{expectedRule}}]}"""),
            "the rule is {0}", expectedRule);
        request.AsObject().ContainsKey("generators").Should().BeFalse();
    }

    [Test]
    public async Task WithJsonBody_NestedMatchers_EachPathGetsItsRule()
    {
        using var directory = new TempDirectory();
        var builder = Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory.Path }).UsingNativeBackend();
        builder
            .UponReceiving("a request for tokens")
                .WithRequest(HttpMethod.Get, "/tokens")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK)
                .WithJsonBody(new
                {
                    status = "valid",
                    tokens = Match.MinType(new { id = Match.Integer(1), name = Match.Type("t") }, 1),
                });

        await builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            var body = await client.GetStringAsync(new Uri("/tokens", UriKind.Relative));
            JsonNode.Parse(body)!["tokens"]!.AsArray().Should().HaveCount(1);
        });

        var response = PactFile.SingleInteraction(directory.Path, Consumer, Provider)["response"]!;
        var rules = response["matchingRules"]!["body"]!.AsObject();
        rules.Select(rule => rule.Key).Should().BeEquivalentTo("$.tokens", "$.tokens[*].id", "$.tokens[*].name");
        PactFile.JsonEquals(rules["$.tokens[*].id"], """{"combine":"AND","matchers":[{"match":"integer"}]}""")
            .Should().BeTrue();
        PactFile.JsonEquals(response["body"]!["content"], """{"status":"valid","tokens":[{"id":1,"name":"t"}]}""")
            .Should().BeTrue();
        response["body"]!["contentType"]!.GetValue<string>().Should().Be("application/json");
    }

    [Test]
    public async Task WithHeaderQueryAndPath_Matchers_LandInTheirCategories()
    {
        using var directory = new TempDirectory();
        var builder = Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory.Path }).UsingNativeBackend();
        builder
            .UponReceiving("a request with matched header, query and path")
                .WithRequest(HttpMethod.Get, Match.Regex("/orders/42", "^/orders/\\d+$"))
                .WithQuery("page", Match.Regex("1", "^\\d+$"))
                .WithHeader("Authorization", Match.Regex("Bearer fake-token", "^Bearer \\S+$"))
            .WillRespond()
                .WithStatus(HttpStatusCode.OK)
                .WithHeader("X-Request-Id", Match.Type("abc"));

        await builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/orders/7?page=3");
            request.Headers.Add("Authorization", "Bearer other-token");
            using var response = await client.SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Headers.GetValues("X-Request-Id").Should().Equal("abc");
        });

        var interaction = PactFile.SingleInteraction(directory.Path, Consumer, Provider);
        var rules = interaction["request"]!["matchingRules"]!;
        PactFile.JsonEquals(
                rules["path"], """{"combine":"AND","matchers":[{"match":"regex","regex":"^/orders/\\d+$"}]}""")
            .Should().BeTrue();
        PactFile.JsonEquals(
                rules["query"]!["page"], """{"combine":"AND","matchers":[{"match":"regex","regex":"^\\d+$"}]}""")
            .Should().BeTrue();
        PactFile.JsonEquals(
                rules["header"]!["Authorization"],
                """{"combine":"AND","matchers":[{"match":"regex","regex":"^Bearer \\S+$"}]}""")
            .Should().BeTrue();
        interaction["request"]!["path"]!.GetValue<string>().Should().Be("/orders/42");
        PactFile.JsonEquals(interaction["request"]!["headers"]!["Authorization"], """["Bearer fake-token"]""")
            .Should().BeTrue();
        PactFile.JsonEquals(
                interaction["response"]!["matchingRules"]!["header"]!["X-Request-Id"],
                """{"combine":"AND","matchers":[{"match":"type"}]}""")
            .Should().BeTrue();
    }

    private static TestCaseData Case(
        string name, Func<Matcher> matcher, string expectedContent, string expectedRule, string sentValue) =>
        new TestCaseData(matcher, expectedContent, expectedRule, sentValue).SetArgDisplayNames(name);

    private static async Task PostJsonAsync(ConsumerContext ctx, string path, string json)
    {
        using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }
}
