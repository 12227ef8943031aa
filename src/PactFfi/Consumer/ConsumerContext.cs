namespace PactFfi;

/// <summary>What the test code needs to call the mock server.</summary>
public sealed class ConsumerContext
{
    internal ConsumerContext(Uri mockServerUri) => MockServerUri = mockServerUri;

    /// <summary>Base address of the mock server, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri MockServerUri { get; }
}
