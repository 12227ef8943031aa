using PactFfi;

namespace RclContract.Contracts.Tests.Consumer;

/// <summary>The request every finalize interaction expects: the same call, in different provider states.</summary>
internal static class FinalizeRequestExpectation
{
    private const string BearerRegex = @"^Bearer [A-Za-z0-9\-._~+/]+=*$";

    public static RequestBuilder WithFinalizeRequest(this RequestBuilder request) => request
        .WithRequest(HttpMethod.Post, Contract.FinalizePath(Contract.SubscriptionId))
        .WithHeader("Authorization", Match.Regex($"Bearer {Contract.FakeToken}", BearerRegex))
        .WithHeader("Content-Type", "application/json")
        .WithJsonBody(RequestBody());

    /// <summary>
    /// What the client sends, as the provider needs it: the order URI exactly (it selects the order), the rest by
    /// type.
    /// </summary>
    private static object RequestBody() => new
    {
        hostName = Match.Type("www.example.com"),
        rootDomain = Match.Type("example.com"),
        orderUri = Contract.OrderUri,
        challengeType = Match.Type("DNS"),
        email = Match.Type("admin@example.com"),
        password = Match.Type(Contract.FakePassword),
        csrInfo = new
        {
            countryName = Match.Type("Exampleland"),
            locality = Match.Type("Sample Town"),
            state = Match.Type("Sample Region"),
            organization = Match.Type("Example Org Ltd"),
            organizationUnit = Match.Type("IT"),
        },
    };
}
