using System.Diagnostics;

namespace RclContract.Spec.Tests;

/// <summary>Runs a Node.js tool pinned in tools/package.json (installed there by build/test.sh).</summary>
internal static class NpmTool
{
    public static string Redocly => Script("@redocly", "cli", "bin", "cli.js");

    public static string SwaggerMockValidator =>
        Script("@pactflow", "swagger-mock-validator", "bin", "swagger-mock-validator.mjs");

    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(
        string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No tool phones home from a test run.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string Script(params string[] parts)
    {
        var path = Path.Combine([Repo.Root, "tools", "node_modules", .. parts]);
        if (!File.Exists(path))
        {
            Assert.Fail(
                $"{path} is missing: the pinned npm tools are not installed. Run `bash build/test.sh` "
                + "(it runs `npm ci` in tools/), or `npm ci --prefix tools`.");
        }

        return path;
    }
}
