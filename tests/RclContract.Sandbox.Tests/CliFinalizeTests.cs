using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using RclContract.Cli;

namespace RclContract.Sandbox.Tests;

/// <summary>
/// <c>rcl finalize</c> in-process, against a sandbox the test owns or the one <c>--sandbox</c> starts.
/// After every run, <see cref="CliHarness"/> checks that no token or password reached stdout or stderr.
/// </summary>
public sealed class CliFinalizeTests
{
    private static readonly string[] RequiredFields =
    [
        "hostName", "rootDomain", "orderUri", "challengeType", "email", "password", "csrInfo",
        "csrInfo.countryName", "csrInfo.organization",
    ];

    private CapturingLoggerProvider _logs = null!;
    private SandboxServer _server = null!;
    private CliHarness _cli = null!;

    private string BaseUrl => _server.BaseAddress.AbsoluteUri;

    [SetUp]
    public async Task StartAsync()
    {
        _logs = new CapturingLoggerProvider();
        _server = await SandboxServer.StartAsync(new SandboxOptions { LoggerProvider = _logs });
        _cli = new CliHarness();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _cli.Dispose();
        await _server.DisposeAsync();
        _logs.Dispose();
    }

    [Test]
    public async Task Finalize_SandboxWithExampleRequest_PrintsValidOrderAndExits0()
    {
        _cli.Environment.Clear();
        var example = Path.Combine(RepositoryRoot(), "spec", "examples", "finalize-request.json");

        var run = await _cli.RunAsync("finalize", "--sandbox", "--subscription", "sub-0001", "--request", example);

        var order = run.Order();
        order.Field("status").Should().Be("valid");
        order.Field("orderUri").Should().Be(SandboxServer.DemoReadyOrderUri);
        order.Field("certificateUri").Should().StartWith("https://acme.example.test/acme/cert/");
        run.Stderr.Should().BeEmpty();
        run.Stdout.Should().Contain(Environment.NewLine + "  \"status\"", "the order is indented");
    }

    [Test]
    public async Task Finalize_SandboxWithOtherSubscriptionAndOrder_FinalizesThatOrder()
    {
        const string OrderUri = "https://acme.example.test/acme/order/77/88";
        var request = _cli.WriteRequest(TestRequests.Body(OrderUri));

        var run = await _cli.RunAsync("finalize", "--sandbox", "--subscription", "sub-9", "--request", request);

        run.Order()["orderUri"]!.GetValue<string>().Should().Be(OrderUri);
    }

    [Test]
    public async Task Finalize_BaseUrlWithReadyOrder_PrintsOnlyTheOrderOnStdout()
    {
        var request = _cli.WriteRequest();

        var run = await FinalizeAsync(request);

        var order = run.Order();
        order.Field("status").Should().Be("valid");
        order["certificateUri"].Should().NotBeNull();
        order.AsObject().Select(p => p.Key).Should().BeSubsetOf(
            ["status", "validationTokens", "challenges", "orderUri", "certificateUri"]);
        run.Stderr.Should().BeEmpty();
        RequestsReceived().Should().Be(1);
    }

    [Test]
    public async Task Finalize_TokenFileWithSurroundingWhiteSpace_IsTrimmedAndUsed()
    {
        _cli.Environment.Clear();
        var tokenFile = _cli.WriteFile("token.txt", "\n  " + TestRequests.Token + "  \n");
        var request = _cli.WriteRequest();

        var run = await FinalizeAsync(request, "--token-file", tokenFile);

        run.Order()["status"]!.GetValue<string>().Should().Be("valid");
    }

    [Test]
    public async Task Finalize_AlreadyFinalizedOrder_Exits3WithServerTextVerbatim()
    {
        var request = _cli.WriteRequest(TestRequests.Body(SandboxServer.DemoValidOrderUri));

        var run = await FinalizeAsync(request);

        run.ExitCode.Should().Be(ExitCodes.BadRequest);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain($"Order {SandboxServer.DemoValidOrderUri} is already finalized (status valid).");
    }

    [Test]
    public async Task Finalize_PendingOrder_Exits3NamingTheStatus()
    {
        var request = _cli.WriteRequest(TestRequests.Body(SandboxServer.DemoPendingOrderUri));

        var run = await FinalizeAsync(request);

        run.ExitCode.Should().Be(ExitCodes.BadRequest);
        run.Stderr.Should()
            .Contain($"Order {SandboxServer.DemoPendingOrderUri} cannot be finalized in status pending.");
    }

    [Test]
    public async Task Finalize_TokenRejected_Exits4WithServerTextVerbatim()
    {
        _server.RejectAccessTokens = true;
        var request = _cli.WriteRequest();

        var run = await FinalizeAsync(request);

        run.ExitCode.Should().Be(ExitCodes.Unauthorized);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("Authorization failed. The access token was rejected.");
    }

    [Test]
    public async Task Finalize_OtherStatus_Exits5()
    {
        var options = new SandboxOptions { Behaviour = new SandboxBehaviour { AlreadyFinalizedStatusCode = 409 } };
        await using var server = await SandboxServer.StartAsync(options);
        var request = _cli.WriteRequest(TestRequests.Body(SandboxServer.DemoValidOrderUri));

        var run = await FinalizeAsync(server, request);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Stderr.Should().Contain("409");
    }

    [Test]
    public async Task Finalize_ServerSlowerThanTimeout_Exits5()
    {
        var behaviour = new SandboxBehaviour { ResponseDelay = TimeSpan.FromSeconds(5) };
        var options = new SandboxOptions { Behaviour = behaviour };
        await using var server = await SandboxServer.StartAsync(options);
        var request = _cli.WriteRequest();

        var run = await FinalizeAsync(server, request, "--timeout", "0.3");

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Stderr.Should().Contain("did not answer within").And.Contain("may have been finalized");
    }

    [Test]
    public async Task Finalize_UnreachableBaseUrl_Exits5()
    {
        var closedPort = FreeLoopbackPort();
        var request = _cli.WriteRequest();

        var run = await _cli.RunAsync(
            "finalize", "--base-url", $"http://127.0.0.1:{closedPort}/", "--subscription", "s", "--request", request);

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("failed");
    }

    [Test]
    public async Task Finalize_RequestFileMissing_Exits2NamingTheFile()
    {
        var missing = Path.Combine(_cli.Directory, "nope.json");

        await ShouldBeBadInputAsync(["--request", missing], $"request file '{missing}' does not exist");
    }

    [Test]
    public async Task Finalize_RequestFileIsDirectory_Exits2()
    {
        await ShouldBeBadInputAsync(["--request", _cli.Directory], "is a directory");
    }

    [Test]
    public async Task Finalize_RequestFileNotJson_Exits2()
    {
        var request = _cli.WriteFile("bad.json", "{ \"hostName\": ");

        await ShouldBeBadInputAsync(["--request", request], "is invalid: it is not valid JSON");
    }

    [TestCase("hostName", "42", "hostName must be a string, not a number.")]
    [TestCase("csrInfo", "[]", "csrInfo must be a JSON object, not an array.")]
    [TestCase("csrInfo.state", "true", "csrInfo.state must be a string, not a boolean.")]
    [TestCase("password", "{}", "password must be a string, not an object.")]
    public async Task Finalize_RequestFieldOfWrongType_Exits2NamingTheField(string path, string json, string expected)
    {
        var body = TestRequests.Body();
        TestRequests.ParentOf(body, path, out var name)[name] = JsonNode.Parse(json);

        await ShouldBeBadInputAsync(["--request", _cli.WriteRequest(body)], expected);
    }

    [TestCaseSource(nameof(RequiredFields))]
    public async Task Finalize_RequiredFieldMissing_Exits2NamingTheField(string path)
    {
        var body = TestRequests.Body();
        TestRequests.ParentOf(body, path, out var name).Remove(name);

        await ShouldBeBadInputAsync(["--request", _cli.WriteRequest(body)], $"{path} is required.");
    }

    [TestCase("hostName")]
    [TestCase("csrInfo.organization")]
    public async Task Finalize_RequiredFieldBlank_Exits2NamingTheField(string path)
    {
        var body = TestRequests.Body();
        TestRequests.ParentOf(body, path, out var name)[name] = "  ";

        await ShouldBeBadInputAsync(["--request", _cli.WriteRequest(body)], $"{path} must not be empty.");
    }

    [Test]
    public async Task Finalize_RelativeOrderUri_Exits2()
    {
        var request = _cli.WriteRequest(TestRequests.Body("/acme/order/1"));

        await ShouldBeBadInputAsync(["--request", request], "orderUri must be an absolute http or https URI");
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task Finalize_BlankSubscription_Exits2(string subscription)
    {
        var request = _cli.WriteRequest();

        var run = await _cli.RunAsync(
            "finalize", "--base-url", BaseUrl, "--subscription", subscription, "--request", request);

        ShouldBeBadInput(run, "--subscription must not be empty.");
    }

    [Test]
    public async Task Finalize_DotSubscription_Exits2BeforeSending()
    {
        var request = _cli.WriteRequest();

        var run = await _cli.RunAsync(
            "finalize", "--base-url", BaseUrl, "--subscription", "..", "--request", request);

        ShouldBeBadInput(run, "dot segment");
    }

    [Test]
    public async Task Finalize_UnknownOption_Exits2NamingIt()
    {
        await ShouldBeBadInputAsync(["--verbose"], "unknown option --verbose");
    }

    [Test]
    public async Task Finalize_UnknownOptionWithInlineValue_NamesOptionButNotValue()
    {
        await ShouldBeBadInputAsync(["--tokn=" + CliHarness.ArgumentCanary], "unknown option --tokn.");
    }

    [Test]
    public async Task Finalize_StrayArgument_Exits2WithoutEchoingIt()
    {
        await ShouldBeBadInputAsync([CliHarness.ArgumentCanary], "unexpected argument at position");
    }

    [TestCase("--token")]
    [TestCase("--token=")]
    public async Task Finalize_TokenArgument_Exits2ExplainingWhy(string option)
    {
        string[] args = option.EndsWith('=')
            ? [option + CliHarness.ArgumentCanary]
            : [option, CliHarness.ArgumentCanary];

        await ShouldBeBadInputAsync(args, "--token is not accepted");
    }

    [Test]
    public async Task Finalize_BaseUrlAndSandbox_Exits2()
    {
        var request = _cli.WriteRequest();

        var run = await _cli.RunAsync(
            "finalize", "--sandbox", "--base-url", BaseUrl, "--subscription", "sub-0001", "--request", request);

        ShouldBeBadInput(run, "--base-url and --sandbox exclude each other");
    }

    [TestCase("not a url")]
    [TestCase("ftp://127.0.0.1/")]
    [TestCase("/relative/path")]
    [TestCase("127.0.0.1:8080")]
    public async Task Finalize_InvalidBaseUrl_Exits2(string baseUrl)
    {
        var request = _cli.WriteRequest();

        var run = await _cli.RunAsync(
            "finalize", "--base-url", baseUrl, "--subscription", "sub-0001", "--request", request);

        ShouldBeBadInput(run, "--base-url must be an absolute http or https URL.");
    }

    [Test]
    public async Task Finalize_BaseUrlWithCredentials_Exits2WithoutEchoingThem()
    {
        var request = _cli.WriteRequest();
        var baseUrl = $"http://user:{CliHarness.ArgumentCanary}@127.0.0.1:{_server.BaseAddress.Port}/";

        var run = await _cli.RunAsync(
            "finalize", "--base-url", baseUrl, "--subscription", "sub-0001", "--request", request);

        ShouldBeBadInput(run, "--base-url must not hold credentials");
    }

    [TestCase("--subscription")]
    [TestCase("--request")]
    public async Task Finalize_RequiredOptionMissing_Exits2NamingIt(string option)
    {
        string[] args = option == "--subscription"
            ? ["finalize", "--base-url", BaseUrl, "--request", _cli.WriteRequest()]
            : ["finalize", "--base-url", BaseUrl, "--subscription", "sub-0001"];

        var run = await _cli.RunAsync(args);

        ShouldBeBadInput(run, $"{option} is required.");
    }

    [Test]
    public async Task Finalize_OptionWithoutValue_Exits2()
    {
        var run = await _cli.RunAsync(
            "finalize", "--base-url", BaseUrl, "--subscription", "sub-0001", "--request");

        ShouldBeBadInput(run, "--request needs a value.");
    }

    [Test]
    public async Task Finalize_NoTokenWithoutSandbox_Exits2NamingTheSources()
    {
        _cli.Environment.Clear();

        await ShouldBeBadInputAsync(["--request", _cli.WriteRequest()], "no access token. Set RCL_ACCESS_TOKEN");
    }

    [Test]
    public async Task Finalize_EmptyTokenFile_Exits2NamingTheFile()
    {
        var tokenFile = _cli.WriteFile("empty-token.txt", " \n ");

        await ShouldBeBadInputAsync(
            ["--request", _cli.WriteRequest(), "--token-file", tokenFile], $"token file '{tokenFile}' is empty.");
    }

    [Test]
    public async Task Finalize_MissingTokenFile_Exits2NamingTheFile()
    {
        var tokenFile = Path.Combine(_cli.Directory, "no-token.txt");

        await ShouldBeBadInputAsync(
            ["--request", _cli.WriteRequest(), "--token-file", tokenFile],
            $"token file '{tokenFile}' does not exist.");
    }

    [Test]
    public async Task Finalize_TokenWithInnerWhiteSpace_Exits2WithoutEchoingIt()
    {
        _cli.Environment["RCL_ACCESS_TOKEN"] = TestRequests.Token + " " + TestRequests.Token;

        await ShouldBeBadInputAsync(["--request", _cli.WriteRequest()], "RCL_ACCESS_TOKEN holds characters");
    }

    [TestCase("abc")]
    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("NaN")]
    public async Task Finalize_InvalidTimeout_Exits2(string timeout)
    {
        await ShouldBeBadInputAsync(["--request", _cli.WriteRequest(), "--timeout", timeout], "--timeout must be");
    }

    [Test]
    public async Task Finalize_Help_PrintsUsageAndExits0()
    {
        var run = await _cli.RunAsync("finalize", "--help");

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Stdout.Should().Contain("rcl finalize --subscription ID --request FILE");
    }

    private Task<CliRun> FinalizeAsync(string request, params string[] extraArgs) =>
        FinalizeAsync(_server, request, extraArgs);

    private Task<CliRun> FinalizeAsync(SandboxServer server, string request, params string[] extraArgs)
    {
        var baseUrl = server.BaseAddress.AbsoluteUri;
        return _cli.RunAsync(
            ["finalize", "--base-url", baseUrl, "--subscription", "sub-0001", "--request", request, .. extraArgs]);
    }

    private async Task ShouldBeBadInputAsync(string[] extraArgs, string expected)
    {
        string[] args = ["finalize", "--base-url", BaseUrl, "--subscription", "sub-0001", .. extraArgs];
        if (!extraArgs.Contains("--request"))
        {
            args = [.. args, "--request", _cli.WriteRequest()];
        }

        var run = await _cli.RunAsync(args);

        ShouldBeBadInput(run, expected);
    }

    private void ShouldBeBadInput(CliRun run, string expected)
    {
        run.ExitCode.Should().Be(ExitCodes.BadInput, run.Stderr);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain(expected);
        RequestsReceived().Should().Be(0, "nothing may be sent on bad input");
    }

    private int RequestsReceived() => _logs.Lines.Count(line => line.Contains(" answered ", StringComparison.Ordinal));

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RclContract.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException("RclContract.sln was not found above the test binaries.");
    }
}
