using Newtonsoft.Json.Linq;

namespace RclContract.Spec.Tests;

/// <summary>
/// The bi-directional check: every interaction of the committed pacts against spec/openapi.yaml, with
/// swagger-mock-validator and with <see cref="PactSpecChecker"/>; broken copies prove each check reports drift.
/// </summary>
public sealed class PactAgainstSpecTests
{
    private static SpecDocument _spec = null!;

    [OneTimeSetUp]
    public static async Task LoadSpec() => _spec = await SpecDocument.LoadAsync();

    private static IEnumerable<TestCaseData> CommittedPacts() =>
        Directory.GetFiles(Repo.PathOf("pacts"), "*.json")
            .Select(path => new TestCaseData(path).SetArgDisplayNames(Path.GetFileName(path)));

    private static string Scratch(string name, string content)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, content);
        return path;
    }

    private static JObject CommittedPact() => JObject.Parse(File.ReadAllText(CommittedPacts().Select(c => (string)c.Arguments[0]!).Single()));

    private static JObject Interaction(JObject pact, int status) =>
        pact["interactions"]!.Children<JObject>().First(i => i["response"]!["status"]!.Value<int>() == status);

    private static async Task<string> ValidatorAsync(string spec, string pact)
    {
        var (exitCode, stdout, stderr) = await NpmTool.RunAsync(NpmTool.SwaggerMockValidator, spec, pact);
        return $"exit {exitCode}\n{stdout}\n{stderr}";
    }

    [Test]
    public void CommittedPacts_Exist()
    {
        CommittedPacts().Should().NotBeEmpty("pacts/ is the committed contract");
    }

    [TestCaseSource(nameof(CommittedPacts))]
    public async Task SwaggerMockValidator_CommittedPact_HasNoErrors(string pact)
    {
        var report = await ValidatorAsync(Repo.SpecFile, pact);

        report.Should().StartWith("exit 0").And.Contain("0 error(s)");
    }

    [TestCaseSource(nameof(CommittedPacts))]
    public void Checker_CommittedPact_HasNoProblems(string pact)
    {
        var problems = PactSpecChecker.Check(_spec, JObject.Parse(File.ReadAllText(pact)));

        problems.Should().BeEmpty();
    }

    [Test]
    public async Task SwaggerMockValidator_SpecWithARenamedField_ReportsTheRequestBody()
    {
        var text = File.ReadAllText(Repo.SpecFile);
        var spec = Scratch("renamed.yaml", text
            .Replace("        - hostName\n", "        - hostname\n", StringComparison.Ordinal)
            .Replace("        hostName:\n", "        hostname:\n", StringComparison.Ordinal));
        var pact = Scratch("pact.json", CommittedPact().ToString());

        var report = await ValidatorAsync(spec, pact);

        report.Should().StartWith("exit 1").And.Contain("request.body.incompatible").And.Contain("hostname");
    }

    [Test]
    public async Task SwaggerMockValidator_SpecWithout401_ReportsTheUnknownStatus()
    {
        var text = File.ReadAllText(Repo.SpecFile);
        var start = text.IndexOf("        '401':", StringComparison.Ordinal);
        var end = text.IndexOf("components:", StringComparison.Ordinal);
        var spec = Scratch("no401.yaml", text.Remove(start, end - start));
        var pact = Scratch("pact.json", CommittedPact().ToString());

        var report = await ValidatorAsync(spec, pact);

        report.Should().StartWith("exit 1").And.Contain("response.status.unknown").And.Contain("401");
    }

    [Test]
    public async Task SwaggerMockValidator_PactWithAnUndeclaredStatus_ReportsIt()
    {
        var pact = CommittedPact();
        Interaction(pact, 401)["response"]!["status"] = 409;

        var report = await ValidatorAsync(Repo.SpecFile, Scratch("pact.json", pact.ToString()));

        report.Should().StartWith("exit 1").And.Contain("response.status.unknown").And.Contain("409");
    }

    [Test]
    public void Checker_PactWithAnUndeclaredStatus_NamesTheInteractionAndStatus()
    {
        var pact = CommittedPact();
        Interaction(pact, 401)["response"]!["status"] = 409;

        var problems = PactSpecChecker.Check(_spec, pact);

        problems.Should().ContainSingle().Which.Should()
            .Be("interaction 'a request with a rejected access token': response status 409 is not declared "
                + "for the operation (declared: 200, 400, 401)");
    }

    [Test]
    public void Checker_ResponseBodyMissingARequiredProperty_NamesTheField()
    {
        var pact = CommittedPact();
        ((JObject)Interaction(pact, 200)["response"]!["body"]!["content"]!).Remove("orderUri");

        var problems = PactSpecChecker.Check(_spec, pact);

        problems.Should().ContainSingle().Which.Should()
            .StartWith("interaction 'a request to finalize a ready order': response body #/orderUri: PropertyRequired");
    }

    [Test]
    public void Checker_RequestBodyMissingARequiredProperty_NamesTheField()
    {
        var pact = CommittedPact();
        ((JObject)Interaction(pact, 200)["request"]!["body"]!["content"]!["csrInfo"]!).Remove("organization");

        var problems = PactSpecChecker.Check(_spec, pact);

        problems.Should().ContainSingle().Which.Should().Contain("request body #/csrInfo.organization: PropertyRequired");
    }

    [Test]
    public void Checker_TextErrorServedAsJson_ReportsTheContentType()
    {
        var pact = CommittedPact();
        var response = (JObject)Interaction(pact, 401)["response"]!;
        response["headers"]!["Content-Type"] = new JArray("application/json");

        var problems = PactSpecChecker.Check(_spec, pact);

        problems.Should().ContainSingle().Which.Should()
            .Contain("response content type 'application/json' is not declared (declared: text/plain)");
    }

    [Test]
    public void Checker_RequestWithoutAuthorization_ReportsTheMissingBearerToken()
    {
        var pact = CommittedPact();
        ((JObject)Interaction(pact, 200)["request"]!["headers"]!).Remove("Authorization");

        var problems = PactSpecChecker.Check(_spec, pact);

        problems.Should().ContainSingle().Which.Should().Contain("request header Authorization");
    }

    [Test]
    public void Checker_SpecWithARenamedField_ReportsEveryRequestBody()
    {
        var text = File.ReadAllText(Repo.SpecFile)
            .Replace("        - hostName\n", "        - hostname\n", StringComparison.Ordinal);
        var spec = SpecDocument.LoadAsync(Scratch("renamed.yaml", text)).GetAwaiter().GetResult();

        var problems = PactSpecChecker.Check(spec, CommittedPact());

        problems.Should().HaveCount(CommittedPact()["interactions"]!.Count())
            .And.OnlyContain(p => p.Contains("request body #/hostname: PropertyRequired", StringComparison.Ordinal));
    }

    [Test]
    public void Checker_SpecWithARenamedResponseProperty_ReportsThePactsPropertyAsUndeclared()
    {
        var text = File.ReadAllText(Repo.SpecFile)
            .Replace("        certificateUri:\n", "        certificateUrl:\n", StringComparison.Ordinal);
        var spec = SpecDocument.LoadAsync(Scratch("renamed.yaml", text)).GetAwaiter().GetResult();

        var problems = PactSpecChecker.Check(spec, CommittedPact());

        problems.Should().ContainSingle().Which.Should().Be(
            "interaction 'a request to finalize a ready order': response body #/certificateUri: not declared in the spec");
    }

    [Test]
    public void Checker_PactWithAnUndeclaredNestedProperty_NamesItsPath()
    {
        var pact = CommittedPact();
        ((JObject)Interaction(pact, 200)["response"]!["body"]!["content"]!["challenges"]![0]!)["colour"] = "blue";

        var problems = PactSpecChecker.Check(_spec, pact);

        problems.Should().ContainSingle().Which.Should().EndWith("response body #/challenges[0].colour: not declared in the spec");
    }

    [Test]
    public void Checker_PactWithoutInteractions_IsAProblem()
    {
        var pact = CommittedPact();
        pact["interactions"] = new JArray();

        PactSpecChecker.Check(_spec, pact).Should().Equal("the pact has no interactions");
    }
}
