using PactFfi.Interop;

namespace PactFfi;

/// <summary>A consumer/provider pair and its settings. Safe to share between tests: each test takes its
/// own <see cref="PactBuilder"/> from <see cref="UsingNativeBackend"/>.</summary>
public sealed class PactV4
{
    private const int SpecificationV4 = 5;

    internal PactV4(string consumer, string provider, PactConfig config)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(config.PactDir, nameof(config));

        Consumer = consumer;
        Provider = provider;
        Config = config;
    }

    public string Consumer { get; }

    public string Provider { get; }

    public PactConfig Config { get; }

    /// <summary>A new pact handle in the Pact core, for one test: use it once, then let
    /// <see cref="PactBuilder.VerifyAsync"/> free it (or dispose it).</summary>
    /// <exception cref="PactCoreException">The core is missing, not the pinned version, or refused the
    /// pact.</exception>
    public PactBuilder UsingNativeBackend()
    {
        PactCore.Initialize();

        var handle = new PactHandle(NativeMethods.NewPact(Consumer, Provider));
        try
        {
            NativeCall.Ensure(
                NativeMethods.WithSpecification(handle.Value, SpecificationV4),
                "pactffi_with_specification",
                $"specification V4 of the pact between '{Consumer}' and '{Provider}'");
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        return new PactBuilder(this, handle);
    }
}
