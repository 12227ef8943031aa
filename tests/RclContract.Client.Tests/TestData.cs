namespace RclContract.Client.Tests;

internal static class TestData
{
    public const string Token = "test-token-not-real";

    public const string Password = "not-a-real-password";

    public const string FinalizedOrderJson = """
        {
          "status": "valid",
          "validationTokens": [
            { "tokenName": "_acme-challenge.www", "tokenValue": "token-value-1", "challengeType": "DNS" }
          ],
          "challenges": [ { "challengeType": "dns-01", "status": "valid", "token": "challenge-token-1" } ],
          "orderUri": "https://acme.example.test/acme/order/1000/2000",
          "certificateUri": "https://acme.example.test/acme/cert/0001"
        }
        """;

    public static FinalizationRequest Request() => new()
    {
        HostName = "www.example.com",
        RootDomain = "example.com",
        OrderUri = new Uri("https://acme.example.test/acme/order/1000/2000"),
        ChallengeType = "DNS",
        Email = "admin@example.com",
        Password = Password,
        CsrInfo = new CsrInfo
        {
            CountryName = "Exampleland",
            Locality = "Sample Town",
            State = "Sample Region",
            Organization = "Example Org Ltd",
            OrganizationUnit = "IT",
        },
    };

    public static RclFinalizeClient Client(
        HttpMessageHandler handler, RclClientOptions? options = null, AccessTokenProvider? tokens = null) =>
        new(
            options ?? new RclClientOptions { BaseUrl = new Uri("http://127.0.0.1:9/") },
            tokens ?? ((_, _) => ValueTask.FromResult(Token)),
            handler);
}
