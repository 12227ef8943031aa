using System.Net;

namespace RclContract.Client;

/// <summary>
/// The API answered with a status other than 200. <see cref="RclBadRequestException"/> (400) and
/// <see cref="RclUnauthorizedException"/> (401) are the statuses the spec declares; any other status
/// (403, 404, 429, 5xx, …) is reported as this type itself.
/// </summary>
public class RclApiException : RclClientException
{
    internal RclApiException(HttpStatusCode statusCode, string responseText, string? contentType, TimeSpan? retryAfter)
        : base(Describe(statusCode, responseText, contentType))
    {
        StatusCode = statusCode;
        ResponseText = responseText;
        ContentType = contentType;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status the API answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>
    /// The response body as text, verbatim but for two things: it is cut at
    /// <see cref="RclClientOptions.MaxErrorTextLength"/> (and says so), and any copy of the token or password is
    /// replaced by <c>***</c>. Empty when the body was empty.
    /// </summary>
    public string ResponseText { get; }

    /// <summary>The response's media type, such as <c>text/plain</c>; null when the server sent none.</summary>
    public string? ContentType { get; }

    /// <summary>The server's <c>Retry-After</c>, when it sent one (for 429 and 503). The client never retries.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// A 5xx may come from a server that finalized the order before it failed, and a 2xx other than 200 (or a bare
    /// 1xx) from one that took it; a 3xx or 4xx means it did not.
    /// </summary>
    public override bool OutcomeUnknown => (int)StatusCode is < 300 or >= 500;

    internal static RclApiException Create(
        HttpStatusCode statusCode, string responseText, string? contentType, TimeSpan? retryAfter, string? wwwAuthenticate)
        => statusCode switch
        {
            HttpStatusCode.BadRequest => new RclBadRequestException(responseText, contentType),
            HttpStatusCode.Unauthorized => new RclUnauthorizedException(responseText, contentType, wwwAuthenticate),
            _ => new RclApiException(statusCode, responseText, contentType, retryAfter),
        };

    private static string Describe(HttpStatusCode statusCode, string responseText, string? contentType)
    {
        var what = $"The RCL API answered {(int)statusCode} {statusCode}";
        if (responseText.Length == 0)
        {
            return $"{what} with an empty body.";
        }

        return contentType is null ? $"{what}: {responseText}" : $"{what} ({contentType}): {responseText}";
    }
}
