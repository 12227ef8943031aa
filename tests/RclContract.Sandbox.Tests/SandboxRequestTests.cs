using System.Net;
using System.Text.Json.Nodes;

namespace RclContract.Sandbox.Tests;

/// <summary>Authorization and request validation, over raw HTTP so that bad requests can be sent at all.</summary>
public sealed class SandboxRequestTests
{
    private const string MissingToken = "Authorization failed. A bearer access token is required.";

    private static readonly string[] RequiredFields =
    [
        "hostName", "rootDomain", "orderUri", "challengeType", "email", "password", "csrInfo",
        "csrInfo.countryName", "csrInfo.organization",
    ];

    private SandboxServer _server = null!;

    [SetUp]
    public async Task StartAsync() => _server = await SandboxServer.StartAsync(new SandboxOptions());

    [TearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [TestCase(null)]
    [TestCase("Basic dXNlcjpwYXNz")]
    [TestCase("Bearer")]
    [TestCase("Bearer    ")]
    [TestCase("Bearertoken")]
    [TestCase("Bearer two words")]
    [TestCase("Bearer tok\ten")]
    public async Task Post_MissingOrMalformedBearer_Answers401WithChallenge(string? authorization)
    {
        var body = TestRequests.Body().ToJsonString();

        using var response = await TestRequests.PostAsync(_server, body, authorization: authorization);

        await ShouldBeTextAsync(response, HttpStatusCode.Unauthorized, MissingToken);
        response.Headers.WwwAuthenticate.Should().ContainSingle().Which.Scheme.Should().Be("Bearer");
        OrderStatus(SandboxServer.DemoReadyOrderUri).Should().Be(SandboxOrderStatus.Ready);
    }

    [Test]
    public async Task Post_LowercaseBearerScheme_IsAccepted()
    {
        var body = TestRequests.Body().ToJsonString();

        using var response = await TestRequests.PostAsync(_server, body, authorization: "bearer some-token");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Post_MissingBearerAndInvalidBody_AnswersAuthorizationFirst()
    {
        using var response = await TestRequests.PostAsync(
            _server, "{", contentType: "text/plain", authorization: null);

        await ShouldBeTextAsync(response, HttpStatusCode.Unauthorized, MissingToken);
    }

    [Test]
    public async Task Post_MalformedJson_Answers400NotValidJson()
    {
        using var response = await TestRequests.PostAsync(_server, "{\"hostName\": ");

        var text = await ShouldBeBadRequestAsync(response);
        text.Should().StartWith("Request body is not valid JSON: ");
    }

    [TestCase("")]
    [TestCase("[]")]
    [TestCase("\"a string\"")]
    [TestCase("null")]
    public async Task Post_BodyNotAnObject_Answers400(string body)
    {
        using var response = await TestRequests.PostAsync(_server, body);

        var text = await ShouldBeBadRequestAsync(response);
        text.Should().StartWith("Request body ");
    }

    [TestCaseSource(nameof(RequiredFields))]
    public async Task Post_RequiredFieldMissing_Answers400NamingTheField(string path)
    {
        var body = TestRequests.Body();
        TestRequests.ParentOf(body, path, out var name).Remove(name);

        using var response = await TestRequests.PostAsync(_server, body.ToJsonString());

        (await ShouldBeBadRequestAsync(response)).Should().Be($"{path} is required.");
    }

    [TestCaseSource(nameof(RequiredFields))]
    public async Task Post_RequiredFieldNull_Answers400NamingTheField(string path)
    {
        var body = TestRequests.Body();
        TestRequests.ParentOf(body, path, out var name)[name] = null;

        using var response = await TestRequests.PostAsync(_server, body.ToJsonString());

        (await ShouldBeBadRequestAsync(response)).Should().Be($"{path} is required.");
    }

    [TestCaseSource(nameof(RequiredFields))]
    public async Task Post_RequiredFieldEmpty_Answers400NamingTheField(string path)
    {
        var body = TestRequests.Body();
        TestRequests.ParentOf(body, path, out var name)[name] = path == "csrInfo" ? "" : " ";

        using var response = await TestRequests.PostAsync(_server, body.ToJsonString());

        var text = await ShouldBeBadRequestAsync(response);
        text.Should().StartWith(path + " must ");
    }

    [TestCase("hostName", "a number")]
    [TestCase("csrInfo.locality", "a number")]
    public async Task Post_FieldOfWrongType_Answers400NamingTheField(string path, string kind)
    {
        var body = TestRequests.Body();
        TestRequests.ParentOf(body, path, out var name)[name] = 42;

        using var response = await TestRequests.PostAsync(_server, body.ToJsonString());

        (await ShouldBeBadRequestAsync(response)).Should().Be($"{path} must be a string, not {kind}.");
    }

    [TestCase("/acme/order/1000/2000")]
    [TestCase("acme.example.test/acme/order/1000/2000")]
    [TestCase("ftp://acme.example.test/acme/order/1000/2000")]
    public async Task Post_OrderUriNotAbsolute_Answers400NamingIt(string orderUri)
    {
        var body = TestRequests.Body(orderUri).ToJsonString();

        using var response = await TestRequests.PostAsync(_server, body);

        (await ShouldBeBadRequestAsync(response)).Should().Be("orderUri must be an absolute http or https URI.");
    }

    [Test]
    public async Task Post_InvalidPassword_NeverEchoesIt()
    {
        var body = TestRequests.Body();
        body["password"] = new JsonArray(TestRequests.Password);

        using var response = await TestRequests.PostAsync(_server, body.ToJsonString());

        var text = await ShouldBeBadRequestAsync(response);
        text.Should().Be("password must be a string, not an array.").And.NotContain(TestRequests.Password);
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("application/json; charset=utf-16")]
    [TestCase(null)]
    public async Task Post_ContentTypeNotJson_Answers400NamingContentType(string? contentType)
    {
        var body = TestRequests.Body().ToJsonString();

        using var response = await TestRequests.PostAsync(_server, body, contentType);

        (await ShouldBeBadRequestAsync(response)).Should().StartWith("Content-Type ");
        OrderStatus(SandboxServer.DemoReadyOrderUri).Should().Be(SandboxOrderStatus.Ready);
    }

    [TestCase("application/json; charset=utf-8")]
    [TestCase("application/merge-patch+json")]
    public async Task Post_JsonContentTypeVariant_IsAccepted(string contentType)
    {
        var body = TestRequests.Body().ToJsonString();

        using var response = await TestRequests.PostAsync(_server, body, contentType);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Test]
    public async Task Post_BodyOverTheLimit_Answers400NamingTheLimit()
    {
        var body = TestRequests.Body();
        body["padding"] = new string('x', (int)SandboxOptions.DefaultMaxRequestBodyBytes);

        using var response = await TestRequests.PostAsync(_server, body.ToJsonString());

        (await ShouldBeBadRequestAsync(response)).Should().Be("Request body is larger than the limit of 65536 bytes.");
        OrderStatus(SandboxServer.DemoReadyOrderUri).Should().Be(SandboxOrderStatus.Ready);
    }

    [Test]
    public async Task Post_ChunkedBodyOverTheLimit_Answers400()
    {
        var body = TestRequests.Body();
        body["padding"] = new string('x', (int)SandboxOptions.DefaultMaxRequestBodyBytes);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, TestRequests.FinalizeUri(_server, "sub-0001"));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer t");
        request.Headers.TransferEncodingChunked = true;
        request.Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body.ToJsonString())));
        request.Content.Headers.ContentType = new("application/json");

        using var response = await http.SendAsync(request);

        (await ShouldBeBadRequestAsync(response)).Should().StartWith("Request body is larger than the limit");
    }

    [Test]
    public async Task Post_ProviderStatesWhenNotInTestMode_Answers404()
    {
        var change = TestRequests.State(SandboxProviderStates.OrderReady);

        using var response = await TestRequests.PostStateAsync(_server, change);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private string OrderStatus(string orderUri)
    {
        _server.Orders.TryGet(TestRequests.Subscription, orderUri, out var order).Should().BeTrue();
        return order!.Status;
    }

    private static async Task<string> ShouldBeBadRequestAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        return text;
    }

    private static async Task ShouldBeTextAsync(HttpResponseMessage response, HttpStatusCode status, string expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        text.Should().Be(expected);
    }
}
