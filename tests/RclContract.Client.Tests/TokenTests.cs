using System.Net;

namespace RclContract.Client.Tests;

public sealed class TokenTests
{
    [Test]
    public async Task FinalizeAsync_TwoCalls_AsksTheProviderEachTime()
    {
        var handler = StubHandler.AnsweringOrder();
        var asked = 0;
        using var client = TestData.Client(
            handler, tokens: (_, _) => ValueTask.FromResult($"token-{Interlocked.Increment(ref asked)}"));

        await client.FinalizeAsync("sub-0001", TestData.Request());
        await client.FinalizeAsync("sub-0001", TestData.Request());

        asked.Should().Be(2);
        handler.Requests.Select(r => r.Authorization).Should().Equal("Bearer token-1", "Bearer token-2");
    }

    [Test]
    public async Task FinalizeAsync_ProviderReturnsEmptyToken_FailsBeforeSending()
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler, tokens: (_, _) => ValueTask.FromResult("  "));

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        await call.Should().ThrowAsync<InvalidOperationException>().WithMessage("*empty token*");
        handler.Requests.Should().BeEmpty();
    }

    [Test]
    public async Task FinalizeAsync_TokenWithLineBreak_FailsWithoutShowingIt()
    {
        const string badToken = "secret-part\r\nX-Injected: 1";
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler, tokens: (_, _) => ValueTask.FromResult(badToken));

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        var thrown = await call.Should().ThrowAsync<InvalidOperationException>();
        thrown.Which.ToString().Should().NotContain("secret-part");
        handler.Requests.Should().BeEmpty();
    }

    [Test]
    public async Task FinalizeAsync_401WithoutRetryOption_AsksOnceAndThrows()
    {
        var handler = StubHandler.Answering(HttpStatusCode.Unauthorized, "expired", "text/plain");
        var asked = 0;
        using var client = TestData.Client(handler, tokens: (_, _) =>
        {
            asked++;
            return ValueTask.FromResult("old-token");
        });

        var call = () => client.FinalizeAsync("sub-0001", TestData.Request());

        await call.Should().ThrowAsync<RclUnauthorizedException>();
        asked.Should().Be(1);
        handler.Requests.Should().HaveCount(1);
    }
}
