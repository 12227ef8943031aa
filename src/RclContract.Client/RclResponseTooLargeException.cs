namespace RclContract.Client;

/// <summary>
/// The response body is larger than <see cref="RclClientOptions.MaxResponseBytes"/>; the client stopped reading.
/// </summary>
public sealed class RclResponseTooLargeException : RclClientException
{
    internal RclResponseTooLargeException(int statusCode, long limit)
        : base($"The RCL API's response (status {statusCode}) is larger than the {limit} bytes this client reads.")
    {
        StatusCode = statusCode;
        Limit = limit;
    }

    /// <summary>The HTTP status of the oversized response.</summary>
    public int StatusCode { get; }

    /// <summary>The limit that was exceeded, in bytes.</summary>
    public long Limit { get; }

    /// <inheritdoc />
    public override bool OutcomeUnknown => StatusCode is 200 or >= 500;
}
