namespace RclContract.Client.Tests;

public sealed class ForwardCompatibilityTests
{
    [TestCase("valid", OrderStatus.Valid)]
    [TestCase("VALID", OrderStatus.Valid)]
    [TestCase("Processing", OrderStatus.Processing)]
    [TestCase("archived", OrderStatus.Unknown)]
    public async Task FinalizeAsync_AnyStatusValue_DeserializesAndKeepsTheWireValue(string status, OrderStatus known)
    {
        var json = $$"""{"status":"{{status}}","orderUri":"https://acme.example.test/acme/order/1000/2000"}""";
        using var client = TestData.Client(StubHandler.AnsweringOrder(json));

        var order = await client.FinalizeAsync("sub-0001", TestData.Request());

        order.Status.Should().Be(status);
        order.KnownStatus.Should().Be(known);
    }

    [Test]
    public async Task FinalizeAsync_UnknownChallengeTypeAndExtraFields_AreKept()
    {
        const string json = """
            {
              "status": "valid",
              "orderUri": "https://acme.example.test/acme/order/1000/2000",
              "challenges": [ { "challengeType": "dns-account-01", "status": "valid", "colour": "blue" } ],
              "renewalInfo": { "window": "soon" }
            }
            """;
        using var client = TestData.Client(StubHandler.AnsweringOrder(json));

        var order = await client.FinalizeAsync("sub-0001", TestData.Request());

        order.Challenges.Should().ContainSingle().Which.ChallengeType.Should().Be("dns-account-01");
        order.Challenges![0].AdditionalProperties.Should().ContainKey("colour");
        order.AdditionalProperties.Should().ContainKey("renewalInfo");
    }

    [Test]
    public async Task FinalizeAsync_ProcessingOrderWithoutOptionalFields_Deserializes()
    {
        const string json = """{"status":"processing","orderUri":"https://acme.example.test/acme/order/1000/2000"}""";
        using var client = TestData.Client(StubHandler.AnsweringOrder(json));

        var order = await client.FinalizeAsync("sub-0001", TestData.Request());

        order.KnownStatus.Should().Be(OrderStatus.Processing);
        order.CertificateUri.Should().BeNull();
        order.ValidationTokens.Should().BeNull();
        order.Challenges.Should().BeNull();
    }

    [Test]
    public async Task FinalizeAsync_FullOrder_MapsEveryField()
    {
        using var client = TestData.Client(StubHandler.AnsweringOrder());

        var order = await client.FinalizeAsync("sub-0001", TestData.Request());

        order.KnownStatus.Should().Be(OrderStatus.Valid);
        order.CertificateUri.Should().Be(new Uri("https://acme.example.test/acme/cert/0001"));
        order.ValidationTokens.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            TokenName = "_acme-challenge.www",
            TokenValue = "token-value-1",
            ChallengeType = "DNS",
        });
        order.Challenges.Should().ContainSingle().Which.Token.Should().Be("challenge-token-1");
    }
}
