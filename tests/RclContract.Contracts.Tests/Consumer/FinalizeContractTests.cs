using System.Net;
using PactFfi;
using RclContract.Client;
using RclContract.Testing;

namespace RclContract.Contracts.Tests.Consumer;

/// <summary>
/// The consumer side of the contract: the generated client, driven against the Pact mock server. One
/// interaction a test; the chain's indentation shows the request and the response as two blocks. The last test
/// compares the pact this run wrote with the committed one in pacts/.
/// </summary>
[NonParallelizable]
public sealed class FinalizeContractTests
{
    private const string UriRegex = @"^https?://[^\s/]+(/\S*)?$";

    private static readonly PactV4 Pact = PactFfi.Pact.V4(Contract.Consumer, Contract.Provider, new PactConfig
    {
        PactDir = Contract.FreshPactDir,
        Output = text => TestContext.Out.WriteLine(text),
    });

    private static readonly Dictionary<string, object> OrderParameters = new()
    {
        ["subscriptionId"] = Contract.SubscriptionId,
        ["orderUri"] = Contract.OrderUri,
    };

    [OneTimeSetUp]
    public static void StartFromAnEmptyFolder()
    {
        if (Directory.Exists(Contract.FreshPactDir))
        {
            Directory.Delete(Contract.FreshPactDir, recursive: true);
        }
    }

    [Test]
    [Order(1)]
    public async Task Finalize_ReadyOrder_ReturnsTheValidOrder()
    {
        var pact = Pact.UsingNativeBackend();
        pact
            .UponReceiving("a request to finalize a ready order")
                .Given("an order is ready to be finalized", OrderParameters)
                .WithFinalizeRequest()
            .WillRespond()
                .WithStatus(HttpStatusCode.OK)
                .WithHeader("Content-Type", Match.Regex("application/json; charset=utf-8", "^application/json.*$"))
                .WithJsonBody(new
                {
                    status = "valid",
                    validationTokens = Match.MinType(
                        new
                        {
                            tokenName = Match.Type("_acme-challenge.www"),
                            tokenValue = Match.Type("example-token-value-0001"),
                            challengeType = Match.Type("DNS"),
                        },
                        1),
                    challenges = Match.MinType(
                        new
                        {
                            challengeType = Match.Type("dns-01"),
                            status = Match.Type("valid"),
                            token = Match.Type("example-challenge-token-0001"),
                        },
                        1),
                    orderUri = Match.Regex(Contract.OrderUri, UriRegex),
                    certificateUri = Match.Regex("https://acme.example.test/acme/cert/0001", UriRegex),
                });

        await pact.VerifyAsync(async context =>
        {
            using var client = ClientFor(context);

            var order = await client.FinalizeAsync(Contract.SubscriptionId, Request());

            order.KnownStatus.Should().Be(OrderStatus.Valid);
            order.CertificateUri.Should().NotBeNull();
            order.OrderUri.Should().Be(new Uri(Contract.OrderUri));
            order.ValidationTokens.Should().NotBeNullOrEmpty();
            order.Challenges.Should().NotBeNullOrEmpty();
        });
    }

    [Test]
    [Order(2)]
    public async Task Finalize_OrderAlreadyValid_Returns400WithTheServersText()
    {
        var text = $"Order {Contract.OrderUri} is already finalized (status valid).";
        var pact = Pact.UsingNativeBackend();
        pact
            .UponReceiving("a request to finalize an order that is already valid")
                .Given("an order has already been finalized", OrderParameters)
                .WithFinalizeRequest()
            .WillRespond()
                .WithStatus(HttpStatusCode.BadRequest)
                .WithBody(text, "text/plain; charset=utf-8");

        await pact.VerifyAsync(context => ExpectFailure<RclBadRequestException>(context, text));
    }

    [Test]
    [Order(3)]
    public async Task Finalize_OrderNotYetReady_Returns400NamingTheStatus()
    {
        var text = $"Order {Contract.OrderUri} cannot be finalized in status pending.";
        var pact = Pact.UsingNativeBackend();
        pact
            .UponReceiving("a request to finalize an order that is not ready yet")
                .Given("an order is not yet ready", new Dictionary<string, object>(OrderParameters) { ["status"] = "pending" })
                .WithFinalizeRequest()
            .WillRespond()
                .WithStatus(HttpStatusCode.BadRequest)
                .WithBody(text, "text/plain; charset=utf-8");

        await pact.VerifyAsync(context => ExpectFailure<RclBadRequestException>(context, text));
    }

    [Test]
    [Order(4)]
    public async Task Finalize_TokenRejected_Returns401WithTheServersText()
    {
        const string text = "Authorization failed. The access token was rejected.";
        var pact = Pact.UsingNativeBackend();
        pact
            .UponReceiving("a request with a rejected access token")
                .Given("the access token is rejected")
                .WithFinalizeRequest()
            .WillRespond()
                .WithStatus(HttpStatusCode.Unauthorized)
                .WithBody(text, "text/plain; charset=utf-8");

        await pact.VerifyAsync(context => ExpectFailure<RclUnauthorizedException>(context, text));
    }

    [Test]
    [Order(5)]
    public async Task Finalize_OrderUnknownToTheProvider_Returns400()
    {
        var text = $"Order {Contract.OrderUri} was not found for subscription {Contract.SubscriptionId}.";
        var pact = Pact.UsingNativeBackend();
        pact
            .UponReceiving("a request to finalize an order the provider does not know")
                .Given("no order exists", OrderParameters)
                .WithFinalizeRequest()
            .WillRespond()
                .WithStatus(HttpStatusCode.BadRequest)
                .WithBody(text, "text/plain; charset=utf-8");

        await pact.VerifyAsync(context => ExpectFailure<RclBadRequestException>(context, text));
    }

    [Test]
    [Order(100)]
    public void WrittenPact_MatchesTheCommittedContract()
    {
        if (!File.Exists(Contract.FreshPact))
        {
            Assert.Fail(
                $"No pact was written to {Contract.FreshPact}: every interaction test above failed (a pact is "
                + "written only for interactions that pass). Fix those first; their messages name the mismatch.");
        }


        Approved.Verify(
            Contract.CommittedPact,
            PactFile.Normalize(File.ReadAllText(Contract.FreshPact)),
            $"The pact this run wrote ({Contract.FreshPact})",
            "RCL_ACCEPT=1 dotnet test tests/RclContract.Contracts.Tests --filter FullyQualifiedName~Consumer");
    }

    private static async Task ExpectFailure<TException>(ConsumerContext context, string text)
        where TException : RclApiException
    {
        using var client = ClientFor(context);

        var call = () => client.FinalizeAsync(Contract.SubscriptionId, Request());

        var thrown = (await call.Should().ThrowAsync<TException>()).Which;
        thrown.ResponseText.Should().Be(text);
        thrown.ContentType.Should().Be("text/plain");
    }

    private static RclFinalizeClient ClientFor(ConsumerContext context) => new(
        new RclClientOptions { BaseUrl = context.MockServerUri },
        (_, _) => ValueTask.FromResult(Contract.FakeToken));

    private static FinalizationRequest Request() => new()
    {
        HostName = "www.example.com",
        RootDomain = "example.com",
        OrderUri = new Uri(Contract.OrderUri),
        ChallengeType = "DNS",
        Email = "admin@example.com",
        Password = Contract.FakePassword,
        CsrInfo = new CsrInfo
        {
            CountryName = "Exampleland",
            Locality = "Sample Town",
            State = "Sample Region",
            Organization = "Example Org Ltd",
            OrganizationUnit = "IT",
        },
    };
}
