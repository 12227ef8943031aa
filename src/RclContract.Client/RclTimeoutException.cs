namespace RclContract.Client;

/// <summary>
/// The call took longer than <see cref="RclClientOptions.Timeout"/>. The server may still finalize the order:
/// check its state before finalizing again. The client does not retry.
/// </summary>
public sealed class RclTimeoutException : RclClientException
{
    internal RclTimeoutException(TimeSpan timeout, Exception innerException)
        : base($"The RCL API did not answer within {timeout.TotalSeconds:0.###} s.", innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The timeout that ran out.</summary>
    public TimeSpan Timeout { get; }

    /// <inheritdoc />
    public override bool OutcomeUnknown => true;
}
