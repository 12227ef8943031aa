namespace PactFfi;

/// <summary>
/// A consumer test failed: the message lists every mismatch, every interaction never called and the test
/// code's own exception (also <see cref="Exception.InnerException"/>), then the core's mock server log.
/// </summary>
public sealed class PactVerificationException : Exception
{
    public PactVerificationException()
    {
    }

    public PactVerificationException(string message)
        : base(message)
    {
    }

    public PactVerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal PactVerificationException(
        string message, IReadOnlyList<PactMismatch> mismatches, string mockServerLog, Exception? testFailure)
        : base(message, testFailure)
    {
        Mismatches = mismatches;
        MockServerLog = mockServerLog;
    }

    public IReadOnlyList<PactMismatch> Mismatches { get; } = [];

    /// <summary>Descriptions (or, when they cannot be told, request lines) of interactions never called.</summary>
    public IReadOnlyList<string> MissingInteractions =>
        Mismatches.Where(mismatch => mismatch.Kind == PactMismatchKind.MissingRequest)
            .Select(mismatch => mismatch.Interaction ?? mismatch.Request)
            .ToList();

    /// <summary>The Pact core's log of the mock server (at debug or trace level it holds request headers).</summary>
    public string MockServerLog { get; } = string.Empty;
}
