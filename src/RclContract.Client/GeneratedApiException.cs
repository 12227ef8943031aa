namespace RclContract.Client;

/// <summary>
/// The exception type the NSwag-generated client throws. It stays internal: <see cref="RclFinalizeClient"/>
/// turns every instance into one of the documented <see cref="RclClientException"/> types.
/// </summary>
internal class GeneratedApiException : Exception
{
    public GeneratedApiException(
        string message,
        int statusCode,
        string? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers,
        Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers;
    }

    public int StatusCode { get; }

    public string? Response { get; }

    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }
}

internal sealed class GeneratedApiException<TResult> : GeneratedApiException
{
    public GeneratedApiException(
        string message,
        int statusCode,
        string? response,
        IReadOnlyDictionary<string, IEnumerable<string>> headers,
        TResult result,
        Exception? innerException)
        : base(message, statusCode, response, headers, innerException)
    {
        Result = result;
    }

    public TResult Result { get; }
}
