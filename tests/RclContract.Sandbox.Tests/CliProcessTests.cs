using System.Diagnostics;
using System.Text.Json.Nodes;
using RclContract.Cli;

namespace RclContract.Sandbox.Tests;

/// <summary>The built <c>rcl</c> run for real: <c>rcl sandbox</c> as CI runs it, then <c>rcl finalize</c>.</summary>
public sealed class CliProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Test]
    public async Task Rcl_FinalizeAgainstStandaloneSandbox_Exits0AndSandboxStopsOnSigterm()
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "SIGTERM is sent with kill(1)");
        using var cli = new CliHarness();
        var request = cli.WriteRequest();
        using var timeout = new CancellationTokenSource(Patience);
        using var sandbox = StartRcl(["sandbox", "--port", "0", "--provider-states"], token: null);
        try
        {
            var line = await sandbox.StandardOutput.ReadLineAsync(timeout.Token);
            line.Should().MatchRegex(@"^Sandbox listening on http://127\.0\.0\.1:\d+/$");
            var baseUrl = line!["Sandbox listening on ".Length..];

            var finalize = await RunToEndAsync(
                ["finalize", "--base-url", baseUrl, "--subscription", "sub-0001", "--request", request],
                timeout.Token);

            finalize.ShouldNotLeakSecrets();
            finalize.Stderr.Should().BeEmpty();
            var order = finalize.Order();
            order.Field("status").Should().Be("valid");
            order.Field("certificateUri").Should().StartWith("https://acme.example.test/acme/cert/");
            SendSigterm(sandbox);
            await sandbox.WaitForExitAsync(timeout.Token);
            sandbox.ExitCode.Should().Be(ExitCodes.Success, await sandbox.StandardError.ReadToEndAsync());
        }
        finally
        {
            if (!sandbox.HasExited)
            {
                sandbox.Kill();
            }
        }
    }

    private static async Task<CliRun> RunToEndAsync(string[] args, CancellationToken cancellationToken)
    {
        using var process = StartRcl(args, TestRequests.Token);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
            return new CliRun(process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static Process StartRcl(IEnumerable<string> args, string? token)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rcl.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("RCL_ACCESS_TOKEN");
        if (token is not null)
        {
            start.Environment["RCL_ACCESS_TOKEN"] = token;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("rcl did not start.");
    }

    private static void SendSigterm(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(null, null)]);
        kill.WaitForExit();
    }
}
