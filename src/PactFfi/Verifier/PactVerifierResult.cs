namespace PactFfi;

/// <summary>Outcome of <see cref="PactVerifier.Verify"/>.</summary>
public sealed class PactVerifierResult
{
    internal PactVerifierResult(string provider, int exitCode, string output, string json, string log)
    {
        Provider = provider;
        ExitCode = exitCode;
        Output = output;
        Json = json;
        Log = log;
    }

    public string Provider { get; }

    /// <summary>True when every interaction was verified.</summary>
    public bool Passed => ExitCode == 0;

    /// <summary>The core's code: 0 passed, 1 verification failed, 2 the verifier could not run.</summary>
    public int ExitCode { get; }

    /// <summary>The verifier's own text report, without ANSI colour codes.</summary>
    public string Output { get; }

    /// <summary>The verifier's JSON report (<c>result</c>, <c>output</c>, <c>errors</c> per interaction).</summary>
    public string Json { get; }

    /// <summary>The core's log of this verification.</summary>
    public string Log { get; }

    /// <summary>Throws when the verification did not pass.</summary>
    /// <exception cref="PactVerifierException">Not <see cref="Passed"/>; its message carries
    /// <see cref="Output"/>.</exception>
    public void ThrowIfFailed()
    {
        if (Passed)
        {
            return;
        }

        throw new PactVerifierException(this);
    }
}
