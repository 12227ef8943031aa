using Microsoft.Extensions.Logging;

namespace RclContract.Sandbox;

/// <summary>How a <see cref="SandboxServer"/> listens and behaves. Read once, when the server starts.</summary>
public sealed class SandboxOptions
{
    /// <summary>The default for <see cref="MaxRequestBodyBytes"/>: 64 KiB.</summary>
    public const long DefaultMaxRequestBodyBytes = 64 * 1024;

    /// <summary>The loopback port to listen on; 0 (the default) picks a free port.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Maps <c>POST /_sandbox/provider-states</c> so a Pact verifier can set up provider states.
    /// Off by default: the endpoint then answers 404.
    /// </summary>
    public bool EnableProviderStates { get; set; }

    /// <summary>Seeds the demo orders of <see cref="SandboxServer.DemoSubscriptionId"/>. On by default.</summary>
    public bool SeedDemoOrders { get; set; } = true;

    /// <summary>Deliberate deviations from the spec; the defaults follow it.</summary>
    public SandboxBehaviour Behaviour { get; set; } = new();

    /// <summary>
    /// Receives the sandbox's request log (request line, status, elapsed time; never a header or body) and
    /// ASP.NET Core warnings. Null (the default) logs nothing. The caller keeps ownership of the provider.
    /// </summary>
    public ILoggerProvider? LoggerProvider { get; set; }

    /// <summary>Request bodies larger than this many bytes are answered with 400. Default 64 KiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}
