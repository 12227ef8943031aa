namespace PactFfi;

/// <summary>Entry point of the consumer side.</summary>
public static class Pact
{
    /// <summary>A V4 pact between <paramref name="consumer"/> and <paramref name="provider"/>.</summary>
    /// <exception cref="ArgumentException">A name is null, empty or white space.</exception>
    public static PactV4 V4(string consumer, string provider, PactConfig? config = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);

        return new PactV4(consumer, provider, config ?? new PactConfig());
    }
}
