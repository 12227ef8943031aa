using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace RclContract.Client.Tests.Hardening;

/// <summary>
/// Whatever the server answers, a finalize call ends in a finalized order or in the documented exception for that
/// status, and sends exactly one request (two only for a 401 with RetryOnceOnUnauthorized). The seed is fixed so
/// every run checks the same 3,000 exchanges; FsCheck prints the failing exchange and its own seed to replay it.
/// </summary>
public sealed class PropertyTests
{
    private const string Seed = "(20261204,1337)";

#pragma warning disable NUnit1027 // FsCheck's Property attribute supplies the argument, which NUnit cannot see.
    [Property(MaxTest = 3000, Replay = Seed, QuietOnSuccess = true, Arbitrary = new[] { typeof(HostileExchanges) })]
    public void FinalizeAsync_AnyAnswer_EndsInAnOrderOrTheDocumentedFailureAfterOneRequest(HostileExchange exchange)
#pragma warning restore NUnit1027
    {
        var handler = new StubHandler((_, _) => Task.FromResult(exchange.Response()));
        using var client = TestData.Client(handler, exchange.Options());

        var outcome = HostileResponseTests.OutcomeOf(() => client.FinalizeAsync("sub-0001", TestData.Request()))
            .GetAwaiter().GetResult();

        var because = $"{exchange} ended in {outcome} (seed {Seed})";
        Allowed(exchange.Status).Should().Contain(outcome.GetType(), because);
        handler.Requests.Should().HaveCount(exchange is { Status: 401, RetryOnUnauthorized: true } ? 2 : 1, because);
        if (outcome is FinalizedOrder order)
        {
            order.Status.Should().NotBeNull(because);
            order.OrderUri.Should().NotBeNull(because);
        }

        if (outcome is RclApiException failure)
        {
            var limit = exchange.Options().MaxErrorTextLength;
            var marker = $" … [cut after {limit} characters]";
            failure.ResponseText.Length.Should().BeLessThanOrEqualTo(limit + marker.Length, because);
        }
    }

    private static Type[] Allowed(int status) => status switch
    {
        200 => [typeof(FinalizedOrder), typeof(RclResponseFormatException), typeof(RclResponseTooLargeException)],
        400 => [typeof(RclBadRequestException)],
        401 => [typeof(RclUnauthorizedException)],
        _ => [typeof(RclApiException)],
    };
}
