using Newtonsoft.Json.Linq;

namespace RclContract.Client.Tests;

public sealed class RequestShapeTests
{
    [Test]
    public async Task FinalizeAsync_ValidRequest_PostsJsonToTheSpecPath()
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);

        await client.FinalizeAsync("sub-0001", TestData.Request());

        var sent = handler.Requests.Should().ContainSingle().Subject;
        sent.Method.Should().Be(HttpMethod.Post);
        sent.Uri.AbsoluteUri.Should().Be(
            "http://127.0.0.1:9/production/ssl/core/v1/order/subscription/sub-0001/finalize");
        sent.ContentType.Should().StartWith("application/json");
        sent.Accept.Should().Be("application/json");
        sent.Authorization.Should().Be("Bearer " + TestData.Token);
    }

    [Test]
    public async Task FinalizeAsync_ValidRequest_SendsTheSpecsFieldNames()
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);

        await client.FinalizeAsync("sub-0001", TestData.Request());

        var body = JObject.Parse(handler.Requests.Single().Body!);
        body.Properties().Select(p => p.Name).Should().BeEquivalentTo(
            "hostName", "rootDomain", "orderUri", "challengeType", "email", "password", "csrInfo");
        ((JObject)body["csrInfo"]!).Properties().Select(p => p.Name).Should().BeEquivalentTo(
            "countryName", "locality", "state", "organization", "organizationUnit");
        body["orderUri"]!.Value<string>().Should().Be("https://acme.example.test/acme/order/1000/2000");
    }

    [Test]
    public async Task FinalizeAsync_OptionalCsrFieldsUnset_OmitsThem()
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);
        var request = TestData.Request();
        request.CsrInfo.Locality = null;
        request.CsrInfo.State = null;
        request.CsrInfo.OrganizationUnit = null;

        await client.FinalizeAsync("sub-0001", request);

        var csr = (JObject)JObject.Parse(handler.Requests.Single().Body!)["csrInfo"]!;
        csr.Properties().Select(p => p.Name).Should().BeEquivalentTo("countryName", "organization");
    }

    [TestCase("a/b", "a%2Fb")]
    [TestCase("a?b", "a%3Fb")]
    [TestCase("a#b", "a%23b")]
    [TestCase("100%", "100%25")]
    [TestCase("my sub", "my%20sub")]
    [TestCase("süb-ü", "s%C3%BCb-%C3%BC")]
    [TestCase("a/../b", "a%2F..%2Fb")]
    public async Task FinalizeAsync_OddSubscriptionId_IsEscapedIntoOneSegment(string subscriptionId, string escaped)
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);

        await client.FinalizeAsync(subscriptionId, TestData.Request());

        var uri = handler.Requests.Single().Uri;
        uri.AbsolutePath.Should().Be($"/production/ssl/core/v1/order/subscription/{escaped}/finalize");
        uri.Query.Should().BeEmpty();
        uri.Fragment.Should().BeEmpty();
    }

    [Test]
    public async Task FinalizeAsync_BaseUrlWithPathPrefix_KeepsThePrefix()
    {
        var handler = StubHandler.AnsweringOrder();
        var options = new RclClientOptions { BaseUrl = new Uri("http://127.0.0.1:9/gateway") };
        using var client = TestData.Client(handler, options);

        await client.FinalizeAsync("sub-0001", TestData.Request());

        handler.Requests.Single().Uri.AbsolutePath.Should()
            .Be("/gateway/production/ssl/core/v1/order/subscription/sub-0001/finalize");
    }

    [Test]
    public void Options_DefaultBaseUrl_IsTheVendors()
    {
        new RclClientOptions().BaseUrl.Should().Be(new Uri("https://rclapi.azure-api.net/"));
    }

    [TestCase("ftp://127.0.0.1/")]
    [TestCase("/relative")]
    public void Constructor_BaseUrlNotHttp_ThrowsNamingBaseUrl(string baseUrl)
    {
        var options = new RclClientOptions { BaseUrl = new Uri(baseUrl, UriKind.RelativeOrAbsolute) };

        var create = () => TestData.Client(StubHandler.AnsweringOrder(), options);

        create.Should().Throw<ArgumentException>().WithMessage("*BaseUrl*").Which.ParamName.Should().Be("BaseUrl");
    }
}
