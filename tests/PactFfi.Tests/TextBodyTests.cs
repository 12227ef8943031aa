using System.Net;
using System.Text;
using PactFfi.Tests.Support;

namespace PactFfi.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class TextBodyTests
{
    private const string Consumer = "text-consumer";
    private const string Provider = "text-provider";

    [Test]
    public async Task WithBody_TextPlain_StoredRawInRequestAndResponse()
    {
        using var directory = new TempDirectory();
        var builder = Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory.Path }).UsingNativeBackend();
        builder
            .UponReceiving("a plain text note")
                .WithRequest(HttpMethod.Put, "/notes/1")
                .WithBody("remember the milk", "text/plain")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK)
                .WithBody("noted: \"milk\"", "text/plain");
        string? received = null;

        await builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            using var content = new StringContent("remember the milk", Encoding.UTF8, "text/plain");
            using var response = await client.PutAsync(new Uri("/notes/1", UriKind.Relative), content);
            received = await response.Content.ReadAsStringAsync();
        });

        received.Should().Be("noted: \"milk\"");
        var interaction = PactFile.SingleInteraction(directory.Path, Consumer, Provider);
        var requestBody = interaction["request"]!["body"]!;
        requestBody["content"]!.GetValue<string>().Should().Be("remember the milk");
        requestBody["contentType"]!.GetValue<string>().Should().Be("text/plain");
        var responseBody = interaction["response"]!["body"]!;
        responseBody["content"]!.GetValue<string>().Should().Be("noted: \"milk\"");
        responseBody["contentType"]!.GetValue<string>().Should().Be("text/plain");
        interaction["response"]!["headers"]!["Content-Type"]![0]!.GetValue<string>().Should().Be("text/plain");
    }

    [Test]
    public async Task WithBody_DifferentText_FailsNamingTheBody()
    {
        using var directory = new TempDirectory();
        var builder = Pact.V4(Consumer, Provider, new PactConfig { PactDir = directory.Path }).UsingNativeBackend();
        builder
            .UponReceiving("a plain text note")
                .WithRequest(HttpMethod.Put, "/notes/1")
                .WithBody("remember the milk", "text/plain")
            .WillRespond()
                .WithStatus(HttpStatusCode.OK);

        var act = () => builder.VerifyAsync(async ctx =>
        {
            using var client = new HttpClient { BaseAddress = ctx.MockServerUri };
            using var content = new StringContent("forget the milk", Encoding.UTF8, "text/plain");
            await client.PutAsync(new Uri("/notes/1", UriKind.Relative), content);
        });

        (await act.Should().ThrowAsync<PactVerificationException>())
            .Which.Message.Should().Contain("body $: expected 'remember the milk', actual 'forget the milk'");
    }
}
