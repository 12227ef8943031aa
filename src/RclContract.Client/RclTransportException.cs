namespace RclContract.Client;

/// <summary>
/// No complete HTTP answer arrived: the connection could not be made, or broke while the response was read.
/// The client does not retry: finalize is not idempotent.
/// </summary>
public sealed class RclTransportException : RclClientException
{
    internal RclTransportException(string message, bool requestMayHaveBeenProcessed, Exception innerException)
        : base(message, innerException)
    {
        OutcomeUnknown = requestMayHaveBeenProcessed;
    }

    /// <inheritdoc />
    public override bool OutcomeUnknown { get; }
}
