using System.Reflection;
using PactFfi.Interop;

namespace PactFfi;

/// <summary>
/// Verifies pact files against a running provider with the Pact core's verifier: every interaction is
/// replayed over HTTP and the provider's responses are matched. Set the endpoint and at least one source,
/// then call <see cref="Verify"/> once. Not thread-safe.
/// </summary>
public sealed class PactVerifier : IDisposable
{
    private readonly string _providerName;

    private readonly VerifierHandle _handle;

    private Uri? _endpoint;

    private bool _hasSource;

    private bool _executed;

    /// <summary>A verifier for the provider named <paramref name="providerName"/> in the pacts.</summary>
    /// <exception cref="ArgumentException">The name is null, empty or white space.</exception>
    /// <exception cref="PactCoreException">The core is missing or not the pinned version.</exception>
    public PactVerifier(string providerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerName);
        PactCore.Initialize();

        _providerName = providerName;
        var version = typeof(PactVerifier).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        _handle = NativeMethods.VerifierNewForApplication("PactFfi", version);
        if (_handle.IsInvalid)
        {
            throw new PactCoreException(
                $"pactffi_verifier_new_for_application returned no verifier for provider '{providerName}'.");
        }

        _ = NativeMethods.VerifierSetColouredOutput(_handle, 0);
        WithRequestTimeout(TimeSpan.FromSeconds(10));
    }

    /// <summary>Base address of the running provider (http or https; its path is prefixed to every request).</summary>
    public PactVerifier WithHttpEndpoint(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var isHttp = baseAddress.IsAbsoluteUri
            && (baseAddress.Scheme == Uri.UriSchemeHttp || baseAddress.Scheme == Uri.UriSchemeHttps);
        if (!isHttp)
        {
            throw new ArgumentException($"'{baseAddress}' is not an absolute http(s) address.", nameof(baseAddress));
        }

        EnsureNotExecuted();

        NativeMethods.VerifierSetProviderInfo(
            _handle, _providerName, baseAddress.Scheme, baseAddress.Host, (ushort)baseAddress.Port,
            baseAddress.AbsolutePath);
        _endpoint = baseAddress;
        return this;
    }

    /// <summary>A pact file to verify.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public PactVerifier WithFileSource(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The pact file '{path}' does not exist.", path);
        }

        EnsureNotExecuted();

        NativeMethods.VerifierAddFileSource(_handle, Path.GetFullPath(path));
        _hasSource = true;
        return this;
    }

    /// <summary>Every pact file in a folder.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public PactVerifier WithDirectorySource(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"The pact folder '{path}' does not exist.");
        }

        EnsureNotExecuted();

        NativeMethods.VerifierAddDirectorySource(_handle, Path.GetFullPath(path));
        _hasSource = true;
        return this;
    }

    /// <summary>
    /// Where the verifier sets up provider states before each interaction: it POSTs
    /// <c>{"state": name, "params": {...}, "action": "setup"}</c> when <paramref name="sendInBody"/> is true
    /// (else sends them as query parameters), and a <c>teardown</c> afterwards when
    /// <paramref name="teardown"/> is true.
    /// </summary>
    public PactVerifier WithProviderStateUrl(Uri url, bool teardown = false, bool sendInBody = true)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException($"'{url}' is not an absolute address.", nameof(url));
        }

        EnsureNotExecuted();

        NativeMethods.VerifierSetProviderState(
            _handle, url.AbsoluteUri, teardown ? (byte)1 : (byte)0, sendInBody ? (byte)1 : (byte)0);
        return this;
    }

    /// <summary>Timeout of each request to the provider and to the provider state URL (default 10 s).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public PactVerifier WithRequestTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        EnsureNotExecuted();

        var result = NativeMethods.VerifierSetVerificationOptions(_handle, 0, (ulong)timeout.TotalMilliseconds);
        if (result != 0)
        {
            throw new PactCoreException(
                $"pactffi_verifier_set_verification_options refused a timeout of {timeout} (code {result}).");
        }

        return this;
    }

    /// <summary>Runs the verification (blocking) and returns its outcome; it never throws for a failed
    /// verification: use <see cref="PactVerifierResult.ThrowIfFailed"/>.</summary>
    /// <exception cref="InvalidOperationException">No endpoint or source was set, or Verify was already
    /// called.</exception>
    public PactVerifierResult Verify()
    {
        EnsureNotExecuted();
        if (_endpoint is null)
        {
            throw new InvalidOperationException("Set the provider's address with WithHttpEndpoint before Verify.");
        }

        if (!_hasSource)
        {
            throw new InvalidOperationException(
                "Add a pact with WithFileSource or WithDirectorySource before Verify.");
        }

        _executed = true;

        var exitCode = NativeMethods.VerifierExecute(_handle);

        var output = NativeText.ReadOwned(NativeMethods.VerifierOutput(_handle, 1)) ?? string.Empty;
        var json = NativeText.ReadOwned(NativeMethods.VerifierJson(_handle)) ?? string.Empty;
        var logs = NativeText.ReadOwned(NativeMethods.VerifierLogs(_handle)) ?? string.Empty;
        return new PactVerifierResult(_providerName, exitCode, output, json, logs);
    }

    /// <summary>Shuts the verifier down and frees it.</summary>
    public void Dispose() => _handle.Dispose();

    private void EnsureNotExecuted()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        if (_executed)
        {
            throw new InvalidOperationException(
                $"The verifier for provider '{_providerName}' has already run; create a new PactVerifier.");
        }
    }
}
