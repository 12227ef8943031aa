using System.Text.Json.Nodes;
using RclContract.Cli;

namespace RclContract.Sandbox.Tests;

/// <summary>Runs <c>rcl</c> in-process and checks after every run that no canary secret reached its output.</summary>
internal sealed class CliHarness : IDisposable
{
    public const string ArgumentCanary = "canary-argument-secret-0c44";

    private readonly DirectoryInfo _directory = System.IO.Directory.CreateTempSubdirectory("rcl-cli-tests-");

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal)
    {
        ["RCL_ACCESS_TOKEN"] = TestRequests.Token,
    };

    public string Directory => _directory.FullName;

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteRequest(JsonObject? body = null, string name = "request.json") =>
        WriteFile(name, (body ?? TestRequests.Body()).ToJsonString());

    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = await RclCli.RunAsync(args, stdout, stderr, Lookup, CancellationToken.None);

        var run = new CliRun(exitCode, stdout.ToString(), stderr.ToString());
        run.ShouldNotLeakSecrets();
        return run;
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private string? Lookup(string name) => Environment.TryGetValue(name, out var value) ? value : null;
}

internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public void ShouldNotLeakSecrets()
    {
        foreach (var secret in new[] { TestRequests.Token, TestRequests.Password, CliHarness.ArgumentCanary })
        {
            Stdout.Should().NotContain(secret);
            Stderr.Should().NotContain(secret);
        }
    }

    public JsonNode Order()
    {
        ExitCode.Should().Be(ExitCodes.Success, Stderr);
        return JsonNode.Parse(Stdout)!;
    }
}

internal static class PrintedOrder
{
    /// <summary>A string field of the printed order; a missing one fails naming it.</summary>
    public static string Field(this JsonNode order, string name)
    {
        var value = order[name];
        value.Should().NotBeNull($"the printed order should have \"{name}\": {order.ToJsonString()}");
        return value!.GetValue<string>();
    }
}
