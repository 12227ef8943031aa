using System.Globalization;
using RclContract.Sandbox;

namespace RclContract.Cli;

/// <summary><c>rcl sandbox [--port N] [--provider-states]</c>: serves the sandbox until cancelled.</summary>
internal static class SandboxCommand
{
    private const string PortOption = "--port";
    private const string ProviderStatesOption = "--provider-states";

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter stdout,
        ErrorWriter errors,
        CancellationToken cancellationToken)
    {
        var commandLine = CommandLine.Parse("sandbox", args, [PortOption], [ProviderStatesOption]);
        if (commandLine.HelpRequested)
        {
            await stdout.WriteLineAsync(Usage.Text);
            return ExitCodes.Success;
        }

        var options = new SandboxOptions
        {
            Port = ParsePort(commandLine.Value(PortOption)),
            EnableProviderStates = commandLine.Flag(ProviderStatesOption),
            SeedDemoOrders = true,
        };

        try
        {
            await SandboxServer.RunAsync(options, server => Announce(stdout, server), cancellationToken);
        }
        catch (IOException exception)
        {
            errors.WriteLine($"rcl sandbox: cannot listen on 127.0.0.1: {exception.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled before the sandbox was up; nothing to stop.
        }

        return ExitCodes.Success;
    }

    private static void Announce(TextWriter stdout, SandboxServer server)
    {
        stdout.WriteLine($"Sandbox listening on {server.BaseAddress}");
        stdout.Flush();
    }

    private static int ParsePort(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            throw new UsageException("rcl sandbox: --port must be a whole number from 0 to 65535.");
        }

        return port;
    }
}
