namespace RclContract.Client;

/// <summary>
/// The base of every failure <see cref="RclFinalizeClient"/> reports, apart from invalid arguments
/// (<see cref="ArgumentException"/>) and the caller's own cancellation (<see cref="OperationCanceledException"/>).
/// Messages never contain the access token or the request's password.
/// </summary>
public abstract class RclClientException : Exception
{
    private protected RclClientException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when the server may have finalized the order even though the call failed (the request was sent
    /// and no clear answer came back). Check the order's state before you finalize it again.
    /// </summary>
    public abstract bool OutcomeUnknown { get; }
}
