using System.Net;
using System.Text;
using PactFfi.Tests.Support;

namespace PactFfi.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class ConsumerFailureTests
{
    private const string Consumer = "failure-consumer";
    private const string Provider = "failure-provider";

    [Test]
    public async Task VerifyAsync_WrongBodyField_FailsNamingTheFieldAndWritesNoPact()
    {
        using var directory = new TempDirectory();
        var builder = NewBuilder(directory);
        builder
            .UponReceiving("a request to finalize a ready order")
                .WithRequest(HttpMethod.Post, "/orders/1/finalize")
                .WithJsonBody(new { hostName = "www.example.com", count = Match.Integer(1) })
            .WillRespond()
                .WithStatus(HttpStatusCode.OK);

        var act = () => builder.VerifyAsync(ctx =>
            PostAsync(ctx, "/orders/1/finalize", """{"hostName":"www.example.org","count":2}"""));

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.Message.Should().Contain("interaction 'a request to finalize a ready order'")
            .And.Contain("body $.hostName: expected '\"www.example.com\"', actual '\"www.example.org\"'");
        failure.Mismatches.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Kind = PactMismatchKind.Body,
            Request = "POST /orders/1/finalize",
            Interaction = "a request to finalize a ready order",
            Where = "$.hostName",
        });
        File.Exists(PactFile.PathOf(directory.Path, Consumer, Provider)).Should().BeFalse();
    }

    [Test]
    public async Task VerifyAsync_WrongQueryAndHeader_FailsNamingBothAndRedactsTheHeaderValue()
    {
        using var directory = new TempDirectory();
        var builder = NewBuilder(directory);
        builder
            .UponReceiving("a search")
                .WithRequest(HttpMethod.Get, "/search")
                .WithQuery("q", "pact")
                .WithHeader("Authorization", "Bearer fake-token")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK);

        var act = () => builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/search?q=other");
            request.Headers.Add("Authorization", "Bearer real-secret-value");
            using var response = await client.SendAsync(request);
        });

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.Message.Should().Contain("query parameter 'q': expected 'pact', actual 'other'")
            .And.Contain("header 'Authorization': expected 'Bearer fake-token', actual <redacted>")
            .And.NotContain("real-secret-value");
        failure.Mismatches.Select(mismatch => mismatch.Where).Should().BeEquivalentTo("q", "Authorization");
        failure.Mismatches.Should().NotContain(mismatch => mismatch.Actual == "Bearer real-secret-value");
    }

    [Test]
    public async Task VerifyAsync_InteractionNeverCalled_FailsNamingIt()
    {
        using var directory = new TempDirectory();
        var builder = NewBuilder(directory);
        builder
            .UponReceiving("a request that is made")
                .WithRequest(HttpMethod.Get, "/called")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK);
        builder
            .UponReceiving("a request that is never made")
                .Given("an order exists")
                .WithRequest(HttpMethod.Delete, "/orders/2")
            .WillRespond()
                .WithStatus(HttpStatusCode.NoContent);

        var act = () => builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            await client.GetAsync(new Uri("/called", UriKind.Relative));
        });

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.MissingInteractions.Should().Equal("a request that is never made");
        failure.Message.Should().Contain(
            "Interaction 'a request that is never made' (DELETE /orders/2) was expected but never called");
        File.Exists(PactFile.PathOf(directory.Path, Consumer, Provider)).Should().BeFalse();
    }

    [Test]
    public async Task VerifyAsync_UnexpectedRequest_FailsShowingMethodPathAndQueryNamesOnly()
    {
        using var directory = new TempDirectory();
        var builder = NewBuilder(directory);
        builder
            .UponReceiving("a health check")
                .WithRequest(HttpMethod.Get, "/health")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK);

        var act = () => builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            await client.GetAsync(new Uri("/health", UriKind.Relative));
            await client.GetAsync(new Uri("/unknown?apiKey=secret-query-value", UriKind.Relative));
        });

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.Mismatches.Should().ContainSingle().Which.Kind.Should().Be(PactMismatchKind.UnexpectedRequest);
        failure.Message.Should().Contain("Unexpected request GET /unknown (query parameters: apiKey)")
            .And.NotContain("secret-query-value");
    }

    [Test]
    public async Task VerifyAsync_TestCodeThrows_FailsWithItAsInnerExceptionAndLogGoesToOutput()
    {
        using var directory = new TempDirectory();
        var output = new List<string>();
        var builder = Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory.Path, Output = output.Add })
            .UsingNativeBackend();
        builder
            .UponReceiving("a status request")
                .WithRequest(HttpMethod.Get, "/status")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK);

        var act = () => builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            await client.GetAsync(new Uri("/status", UriKind.Relative));
            throw new InvalidOperationException("the client read the wrong field");
        });

        var failure = (await act.Should().ThrowAsync<PactVerificationException>()).Which;
        failure.InnerException.Should().BeOfType<InvalidOperationException>();
        failure.Message
            .Should().Contain("The test code threw InvalidOperationException: the client read the wrong field")
            .And.Contain("Pact core log of the mock server:")
            .And.Contain("Received request GET /status");
        failure.MockServerLog.Should().Contain("Received request GET /status");
        output.Should().ContainSingle().Which.Should().Contain("Received request GET /status");
        File.Exists(PactFile.PathOf(directory.Path, Consumer, Provider)).Should().BeFalse();
    }

    [Test]
    public async Task VerifyAsync_AllMatched_WritesPactAndCallsNoOutput()
    {
        using var directory = new TempDirectory();
        var output = new List<string>();
        var builder = Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory.Path, Output = output.Add })
            .UsingNativeBackend();
        builder
            .UponReceiving("a status request")
                .Given("the service is up")
                .Given("an order is ready to be finalized", new Dictionary<string, object>
                {
                    ["subscriptionId"] = "sub-1",
                    ["quantity"] = 3,
                })
                .WithRequest(HttpMethod.Get, "/status")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK);

        await builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            await client.GetAsync(new Uri("/status", UriKind.Relative));
        });

        var states = PactFile.SingleInteraction(directory.Path, Consumer, Provider)["providerStates"];
        PactFile.JsonEquals(states, """
            [
              { "name": "the service is up" },
              { "name": "an order is ready to be finalized", "params": { "subscriptionId": "sub-1", "quantity": 3 } }
            ]
            """).Should().BeTrue(states!.ToJsonString());
        output.Should().BeEmpty();
    }

    private static PactBuilder NewBuilder(TempDirectory directory) =>
        Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory.Path }).UsingNativeBackend();

    private static async Task PostAsync(ConsumerContext ctx, string path, string json)
    {
        using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
