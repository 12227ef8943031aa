namespace PactFfi;

/// <summary>A provider verification failed; the message is the verifier's own report.</summary>
public sealed class PactVerifierException : Exception
{
    public PactVerifierException()
    {
    }

    public PactVerifierException(string message)
        : base(message)
    {
    }

    public PactVerifierException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal PactVerifierException(PactVerifierResult result)
        : base(Describe(result)) => Result = result;

    /// <summary>The failed result; null only for exceptions made with the standard constructors.</summary>
    public PactVerifierResult? Result { get; }

    private static string Describe(PactVerifierResult result)
    {
        var outcome = result.ExitCode == 1
            ? "failed"
            : $"could not run (code {result.ExitCode})";
        return $"Pact verification of provider '{result.Provider}' {outcome}. Verifier report:"
            + Environment.NewLine + result.Output.TrimEnd();
    }
}
