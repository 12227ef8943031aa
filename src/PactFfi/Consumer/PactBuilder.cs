using System.Text.Json;
using PactFfi.Interop;

namespace PactFfi;

/// <summary>
/// The interactions of one test, held by one pact handle in the Pact core. Not thread-safe and not
/// reusable: <see cref="VerifyAsync"/> may be called once, and frees the handle whatever happens.
/// </summary>
public sealed class PactBuilder : IDisposable
{
    private readonly PactV4 _pact;

    private readonly PactHandle _handle;

    private readonly List<RequestBuilder> _interactions = [];

    private bool _verifying;

    private bool _disposed;

    internal PactBuilder(PactV4 pact, PactHandle handle)
    {
        _pact = pact;
        _handle = handle;
    }

    internal JsonSerializerOptions? JsonOptions => _pact.Config.JsonSerializerOptions;

    internal IReadOnlyList<RequestBuilder> Interactions => _interactions;

    /// <summary>Starts an interaction; <paramref name="description"/> names it in the pact and in failures
    /// and must be unique within this builder.</summary>
    /// <exception cref="ArgumentException">The description is empty or already used here.</exception>
    /// <exception cref="InvalidOperationException">The builder was already verified or disposed.</exception>
    public RequestBuilder UponReceiving(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        EnsureOpen();
        if (_interactions.Any(interaction => interaction.Description == description))
        {
            throw new ArgumentException(
                $"This builder already has an interaction '{description}'; descriptions must be unique.",
                nameof(description));
        }

        var handle = NativeMethods.NewInteraction(_handle.Value, description);
        var interaction = new RequestBuilder(this, handle, description);
        _interactions.Add(interaction);
        return interaction;
    }

    /// <summary>
    /// Starts the mock server on 127.0.0.1 (port chosen by the core), runs <paramref name="test"/> against it
    /// and checks that every interaction was called exactly as described. Writes (merges) the pact file into
    /// <see cref="PactConfig.PactDir"/> only when everything matched.
    /// </summary>
    /// <exception cref="PactVerificationException">A request did not match, an unexpected request came, an
    /// interaction was never called, or <paramref name="test"/> threw (it is the inner exception).</exception>
    /// <exception cref="InvalidOperationException">Called twice, or an interaction lacks its request or
    /// response status.</exception>
    /// <exception cref="PactCoreException">The mock server could not start or the file not be written.</exception>
    public async Task VerifyAsync(Func<ConsumerContext, Task> test)
    {
        ArgumentNullException.ThrowIfNull(test);
        EnsureOpen();
        _verifying = true;

        try
        {
            EnsureComplete();

            using var server = MockServer.Start(_handle, Subject);
            Exception? testFailure = null;
            try
            {
                await test(new ConsumerContext(server.Uri)).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Any failure of the test code is reported together with the mismatches.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                testFailure = ex;
            }

            var mismatches = MismatchReport.Parse(server.Mismatches(), _interactions);
            if (testFailure is not null || mismatches.Count > 0)
            {
                var log = server.Logs();
                _pact.Config.Output?.Invoke(
                    $"Pact core log of the mock server for {Subject}:{Environment.NewLine}{log}");
                throw new PactVerificationException(
                    MismatchReport.Format(Subject, server.Uri, mismatches, testFailure, log),
                    mismatches,
                    log,
                    testFailure);
            }

            WritePactFile();
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Synchronous form of <see cref="VerifyAsync"/>.</summary>
    public void Verify(Action<ConsumerContext> test)
    {
        ArgumentNullException.ThrowIfNull(test);

        VerifyAsync(context =>
        {
            test(context);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }

    /// <summary>Frees the pact handle; the builder cannot be used afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _handle.Dispose();
    }

    internal string Subject => $"consumer '{_pact.Consumer}' and provider '{_pact.Provider}'";

    internal ushort Handle => _handle.Value;

    internal void EnsureOpen()
    {
        if (_verifying)
        {
            throw new InvalidOperationException(
                $"The pact builder for {Subject} was already verified; take a new one from "
                + "UsingNativeBackend() for each test.");
        }

        if (_disposed)
        {
            throw new ObjectDisposedException(
                nameof(PactBuilder), $"The pact builder for {Subject} was disposed; its pact handle is freed.");
        }
    }

    private void EnsureComplete()
    {
        if (_interactions.Count == 0)
        {
            throw new InvalidOperationException($"The pact builder for {Subject} has no interaction to verify.");
        }

        foreach (var interaction in _interactions)
        {
            interaction.EnsureComplete();
        }
    }

    private void WritePactFile()
    {
        var directory = _pact.Config.PactDir;
        var result = NativeMethods.PactHandleWriteFile(_handle.Value, directory, overwrite: false);
        if (result == 0)
        {
            return;
        }

        var reason = result switch
        {
            1 => "the core panicked",
            2 => "the file could not be written (I/O error)",
            3 => "the pact handle is not valid",
            _ => "unknown error",
        };
        throw new PactCoreException(
            $"pactffi_pact_handle_write_file failed for {Subject} into '{directory}': {reason} (code {result}).");
    }
}
