namespace RclContract.Sandbox;

/// <summary>
/// Knobs that make the sandbox deviate from the spec, so tests can prove that contract verification fails
/// when the provider drifts. The defaults follow the spec. Read on every request, so a test may change them
/// while the server runs.
/// </summary>
public sealed class SandboxBehaviour
{
    /// <summary>The status code for finalizing an order that is already <c>valid</c>. The spec says 400.</summary>
    public int AlreadyFinalizedStatusCode { get; set; } = 400;

    /// <summary>Leaves <c>certificateUri</c> out of the finalized order.</summary>
    public bool OmitCertificateUri { get; set; }

    /// <summary>Leaves <c>validationTokens</c> and <c>challenges</c> out of the finalized order.</summary>
    public bool OmitTokenLists { get; set; }

    /// <summary>
    /// Overrides the <c>status</c> of the finalized order (for example <c>VALID</c>); null keeps <c>valid</c>.
    /// </summary>
    public string? FinalizedStatusOverride { get; set; }

    /// <summary>The content type of 400 and 401 bodies. The spec says <c>text/plain</c>.</summary>
    public string ErrorContentType { get; set; } = "text/plain; charset=utf-8";

    /// <summary>Accepts requests without a bearer token.</summary>
    public bool SkipAuthorization { get; set; }

    /// <summary>Waits this long before handling each finalize request, for timeout tests. Zero by default.</summary>
    public TimeSpan ResponseDelay { get; set; }
}
