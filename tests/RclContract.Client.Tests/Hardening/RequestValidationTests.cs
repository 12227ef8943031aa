namespace RclContract.Client.Tests.Hardening;

/// <summary>
/// Extends <see cref="ValidationTests"/> and <see cref="RequestShapeTests"/>: more ids that must stay one path
/// segment, more that must be refused, and every missing form of every required field, each refused before the
/// token provider is asked or anything is sent.
/// </summary>
public sealed class RequestValidationTests
{
    private const string PathPrefix = "/production/ssl/core/v1/order/subscription/";

    private static readonly string[] MissingForms = ["null", "empty", "white space"];

    [TestCaseSource(nameof(OddIds))]
    public async Task FinalizeAsync_OddSubscriptionId_IsOneSegmentThatDecodesToTheId(string subscriptionId)
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);
        var plain = await SentUri("sub-0001");

        await client.FinalizeAsync(subscriptionId, TestData.Request());

        var uri = handler.Requests.Single().Uri;
        uri.Segments.Should().HaveSameCount(plain.Segments);
        uri.AbsolutePath.Should().StartWith(PathPrefix).And.EndWith("/finalize");
        Uri.UnescapeDataString(uri.Segments[^2].TrimEnd('/')).Should().Be(subscriptionId);
        uri.Query.Should().BeEmpty();
        uri.Fragment.Should().BeEmpty();
        uri.Host.Should().Be("127.0.0.1");
    }

    [TestCaseSource(nameof(RefusedIds))]
    public async Task FinalizeAsync_RefusedSubscriptionId_ThrowsNamingItAndSendsNothing(string subscriptionId)
    {
        var handler = StubHandler.AnsweringOrder();
        var asked = 0;
        using var client = TestData.Client(handler, tokens: Counting(() => asked++));

        var call = () => client.FinalizeAsync(subscriptionId, TestData.Request());

        (await call.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("subscriptionId");
        handler.Requests.Should().BeEmpty();
        asked.Should().Be(0);
    }

    [TestCaseSource(nameof(MissingFields))]
    public async Task FinalizeAsync_RequiredFieldInAnyMissingForm_ThrowsNamingTheFieldAndSendsNothing(
        string field, string form)
    {
        var handler = StubHandler.AnsweringOrder();
        var asked = 0;
        using var client = TestData.Client(handler, tokens: Counting(() => asked++));
        var request = TestData.Request();
        Break(request, field, form);

        var call = () => client.FinalizeAsync("sub-0001", request);

        var thrown = (await call.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.ParamName.Should().Be("request");
        thrown.Message.Should().Contain($"FinalizationRequest.{field} ");
        handler.Requests.Should().BeEmpty();
        asked.Should().Be(0);
    }

    [TestCase("password")]
    [TestCase("hostName")]
    [TestCase("csrInfo.locality")]
    public async Task FinalizeAsync_FieldWithLoneSurrogate_ThrowsNamingTheFieldWithoutItsValue(string field)
    {
        const string value = "secret-part-\uD800-end";
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);
        var request = TestData.Request();
        switch (field)
        {
            case "password": request.Password = value; break;
            case "hostName": request.HostName = value; break;
            default: request.CsrInfo.Locality = value; break;
        }

        var call = () => client.FinalizeAsync("sub-0001", request);

        var thrown = (await call.Should().ThrowAsync<ArgumentException>()).Which;
        thrown.Message.Should().Contain($"FinalizationRequest.{field} ").And.NotContain("secret-part");
        handler.Requests.Should().BeEmpty();
    }

    [Test]
    public async Task FinalizeAsync_NullRequest_DoesNotAskForAToken()
    {
        var handler = StubHandler.AnsweringOrder();
        var asked = 0;
        using var client = TestData.Client(handler, tokens: Counting(() => asked++));

        var call = () => client.FinalizeAsync("sub-0001", null!);

        (await call.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("request");
        asked.Should().Be(0);
    }

    [Test]
    public async Task FinalizeAsync_SeveralFieldsMissing_NamesTheFirstInSpecOrder()
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);
        var request = TestData.Request();
        request.Email = null!;
        request.HostName = "";

        var call = () => client.FinalizeAsync("sub-0001", request);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("hostName");
    }

    private static IEnumerable<TestCaseData> OddIds() => new (string Name, string Id)[]
    {
        ("three dots", "..."),
        ("dot before", ".a"),
        ("dot after", "a."),
        ("dot-dot then slash", "../x"),
        ("dot then slash", "./"),
        ("slash then dot-dot", "/.."),
        ("escaped slash", "a%2Fb"),
        ("escaped dot-dot", "%2e%2e"),
        ("backslash dot-dot", "..\\..\\x"),
        ("semicolon", "a;b"),
        ("query-like", "a?b=c&d=e"),
        ("at and colon", "user:pw@host"),
        ("plus", "a+b"),
        ("tab inside", "a\tb"),
        ("header injection", "a\r\nHost: evil.test"),
        ("NUL inside", "a\0b"),
        ("emoji", "sub-🔒"),
        ("fullwidth dots", "．．"),
        ("one-dot leader pair", "\u2024\u2024"),
        ("zero-width space", "a\u200Bb"),
        ("right-to-left override", "a\u202Eb"),
        ("2000 characters", new string('s', 2000)),
        ("70000 characters", new string('s', 70_000)),
    }.Select(c => new TestCaseData(c.Id).SetArgDisplayNames(c.Name));

    private static IEnumerable<TestCaseData> RefusedIds() => new (string Name, string Id)[]
    {
        ("tab", "\t"),
        ("line break", "\r\n"),
        ("no-break space", "\u00A0"),
        ("em space", "\u2003"),
        ("lone high surrogate", "sub-\uD800"),
        ("lone low surrogate", "\uDC00-sub"),
        ("reversed pair", "sub-\uDC00\uD800"),
    }.Select(c => new TestCaseData(c.Id).SetArgDisplayNames(c.Name));

    private static IEnumerable<TestCaseData> MissingFields()
    {
        // ValidationTests covers one form of each field; these are the others.
        var covered = new HashSet<(string, string)>
        {
            ("hostName", "null"), ("rootDomain", "white space"), ("challengeType", "empty"), ("email", "null"),
            ("password", "empty"), ("csrInfo.countryName", "null"), ("csrInfo.organization", "white space"),
        };
        string[] fields =
        [
            "hostName", "rootDomain", "challengeType", "email", "password", "csrInfo.countryName",
            "csrInfo.organization",
        ];
        return fields
            .SelectMany(field => MissingForms.Select(form => (field, form)))
            .Where(c => !covered.Contains(c))
            .Select(c => new TestCaseData(c.field, c.form).SetArgDisplayNames(c.field, c.form));
    }

    private static void Break(FinalizationRequest request, string field, string form)
    {
        var value = form switch
        {
            "null" => null,
            "empty" => "",
            _ => " \t\r\n\u00A0",
        };
        switch (field)
        {
            case "hostName": request.HostName = value!; break;
            case "rootDomain": request.RootDomain = value!; break;
            case "challengeType": request.ChallengeType = value!; break;
            case "email": request.Email = value!; break;
            case "password": request.Password = value!; break;
            case "csrInfo.countryName": request.CsrInfo.CountryName = value!; break;
            case "csrInfo.organization": request.CsrInfo.Organization = value!; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not a required string field.");
        }
    }

    private static AccessTokenProvider Counting(Action asked) => (_, _) =>
    {
        asked();
        return ValueTask.FromResult(TestData.Token);
    };

    private static async Task<Uri> SentUri(string subscriptionId)
    {
        var handler = StubHandler.AnsweringOrder();
        using var client = TestData.Client(handler);
        await client.FinalizeAsync(subscriptionId, TestData.Request());
        return handler.Requests.Single().Uri;
    }
}
