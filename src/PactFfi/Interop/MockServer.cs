namespace PactFfi.Interop;

/// <summary>Owns a running mock server, known by its port; disposing shuts it down.</summary>
internal sealed class MockServer : IDisposable
{
    internal const string Address = "127.0.0.1";

    private bool _disposed;

    private MockServer(int port) => Port = port;

    internal int Port { get; }

    internal Uri Uri => new($"http://{Address}:{Port}/");

    /// <summary>Starts a plain HTTP mock server on a port the core picks.</summary>
    internal static MockServer Start(PactHandle pact, string what)
    {
        var port = NativeMethods.CreateMockServerForTransport(pact.Value, Address, 0, "http", null);
        if (port > 0)
        {
            return new MockServer(port);
        }

        var reason = port switch
        {
            -1 => "the pact handle is not valid",
            -2 => "the transport configuration is not valid JSON",
            -3 => "the mock server could not be started",
            -4 => "the core panicked",
            -5 => $"the address {Address} is not valid",
            _ => "unknown error",
        };
        throw new PactCoreException(
            $"pactffi_create_mock_server_for_transport failed for {what}: {reason} (code {port}).");
    }

    /// <summary>JSON array of the mismatches seen so far (owned by the server: not freed).</summary>
    internal string Mismatches() => NativeText.ReadBorrowed(NativeMethods.MockServerMismatches(Port)) ?? "[]";

    /// <summary>The core's log of this server (owned by the server: not freed).</summary>
    internal string Logs() => NativeText.ReadBorrowed(NativeMethods.MockServerLogs(Port)) ?? string.Empty;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _ = NativeMethods.CleanupMockServer(Port);
    }
}
