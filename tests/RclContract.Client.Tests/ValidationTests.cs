namespace RclContract.Client.Tests;

public sealed class ValidationTests
{
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(".")]
    [TestCase("..")]
    public async Task FinalizeAsync_BadSubscriptionId_ThrowsNamingItAndSendsNothing(string subscriptionId)
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync(subscriptionId, TestData.Request());

        (await call.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("subscriptionId");
        handler.Requests.Should().BeEmpty();
    }

    [Test]
    public async Task FinalizeAsync_NullSubscriptionId_ThrowsArgumentNull()
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync(null!, TestData.Request());

        (await call.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("subscriptionId");
        handler.Requests.Should().BeEmpty();
    }

    [Test]
    public async Task FinalizeAsync_NullRequest_ThrowsArgumentNull()
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);

        var call = () => client.FinalizeAsync("sub-0001", null!);

        (await call.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        handler.Requests.Should().BeEmpty();
    }

    private static IEnumerable<TestCaseData> MissingFields()
    {
        yield return Case("hostName", r => r.HostName = null!);
        yield return Case("rootDomain", r => r.RootDomain = " ");
        yield return Case("orderUri", r => r.OrderUri = null!);
        yield return Case("orderUri", r => r.OrderUri = new Uri("/relative", UriKind.Relative));
        yield return Case("challengeType", r => r.ChallengeType = "");
        yield return Case("email", r => r.Email = null!);
        yield return Case("password", r => r.Password = "");
        yield return Case("csrInfo", r => r.CsrInfo = null!);
        yield return Case("csrInfo.countryName", r => r.CsrInfo.CountryName = null!);
        yield return Case("csrInfo.organization", r => r.CsrInfo.Organization = "\t");

        static TestCaseData Case(string field, Action<FinalizationRequest> breakIt) =>
            new TestCaseData(field, breakIt).SetArgDisplayNames(field);
    }

    [TestCaseSource(nameof(MissingFields))]
    public async Task FinalizeAsync_RequiredFieldMissing_ThrowsNamingTheField(
        string field, Action<FinalizationRequest> breakIt)
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);
        var request = TestData.Request();
        breakIt(request);

        var call = () => client.FinalizeAsync("sub-0001", request);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain($"FinalizationRequest.{field} ");
        handler.Requests.Should().BeEmpty();
    }

    [Test]
    public async Task FinalizeAsync_RequestTheSerializerRefuses_ThrowsArgumentExceptionAndSendsNothing()
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);
        var request = TestData.Request();
        request.AdditionalProperties["self"] = request;

        var call = () => client.FinalizeAsync("sub-0001", request);

        var thrown = (await call.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.ParamName.Should().Be("request");
        thrown.Message.Should().StartWith("The FinalizationRequest cannot be sent: Self referencing loop");
        handler.Requests.Should().BeEmpty();
    }
}
