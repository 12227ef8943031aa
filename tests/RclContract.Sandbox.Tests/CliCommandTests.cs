using System.Net.Http.Json;
using RclContract.Cli;

namespace RclContract.Sandbox.Tests;

/// <summary>Top-level usage and <c>rcl sandbox</c>, in-process.</summary>
public sealed class CliCommandTests
{
    private CliHarness _cli = null!;

    [SetUp]
    public void CreateHarness() => _cli = new CliHarness();

    [TearDown]
    public void DisposeHarness() => _cli.Dispose();

    [TestCase("help")]
    [TestCase("--help")]
    [TestCase("-h")]
    public async Task Run_Help_PrintsUsageWithExitCodesAndExits0(string help)
    {
        var run = await _cli.RunAsync(help);

        run.ExitCode.Should().Be(ExitCodes.Success);
        run.Stdout.Should().Contain("rcl finalize").And.Contain("rcl sandbox").And.Contain("Exit codes:");
        run.Stdout.Should().Contain("3  the API answered 400").And.Contain("4  the API answered 401");
        run.Stderr.Should().BeEmpty();
    }

    [Test]
    public async Task Run_NoArguments_PrintsUsageOnStderrAndExits2()
    {
        var run = await _cli.RunAsync();

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain("Usage:");
    }

    [Test]
    public async Task Run_UnknownCommand_Exits2NamingIt()
    {
        var run = await _cli.RunAsync("finalise");

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain("unknown command 'finalise'");
    }

    [Test]
    public async Task Run_UnknownCommandThatLooksLikeASecret_IsNotEchoed()
    {
        var run = await _cli.RunAsync(CliHarness.ArgumentCanary);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain("unknown command.");
    }

    [TestCase("abc")]
    [TestCase("-1")]
    [TestCase("70000")]
    public async Task Sandbox_InvalidPort_Exits2(string port)
    {
        var run = await _cli.RunAsync("sandbox", "--port", port);

        run.ExitCode.Should().Be(ExitCodes.BadInput);
        run.Stderr.Should().Contain("--port must be a whole number from 0 to 65535.");
    }

    [Test]
    public async Task Sandbox_PortInUse_Exits5()
    {
        await using var taken = await SandboxServer.StartAsync(new SandboxOptions());

        var run = await _cli.RunAsync("sandbox", "--port", taken.BaseAddress.Port.ToString(null, null));

        run.ExitCode.Should().Be(ExitCodes.Failure);
        run.Stderr.Should().Contain("cannot listen on 127.0.0.1");
    }

    [Test]
    public async Task Sandbox_Running_AnnouncesAddressServesDemoOrdersAndStopsOnCancel()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var stdout = new AnnouncingWriter();
        using var stderr = new StringWriter();
        var running = RclCli.RunAsync(["sandbox", "--provider-states"], stdout, stderr, _ => null, stop.Token);
        var line = await stdout.FirstLine.WaitAsync(stop.Token);
        var baseAddress = new Uri(line["Sandbox listening on ".Length..]);
        using var http = new HttpClient();
        using var state = await http.PostAsJsonAsync(
            new Uri(baseAddress, "_sandbox/provider-states"),
            new { state = SandboxProviderStates.OrderReady },
            stop.Token);

        await stop.CancelAsync();

        (await running).Should().Be(ExitCodes.Success, stderr.ToString());
        line.Should().MatchRegex(@"^Sandbox listening on http://127\.0\.0\.1:\d+/$");
        state.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        stdout.ToString().Trim().Should().Be(line, "the address is the only line on stdout");
    }

    /// <summary>A stdout that reports its first line, so a test can wait for the sandbox to be up.</summary>
    private sealed class AnnouncingWriter : StringWriter
    {
        private readonly TaskCompletionSource<string> _firstLine =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<string> FirstLine => _firstLine.Task;

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            _firstLine.TrySetResult(value ?? string.Empty);
        }
    }
}
