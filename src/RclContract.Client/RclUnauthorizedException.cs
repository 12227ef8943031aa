using System.Net;

namespace RclContract.Client;

/// <summary>
/// 401: the bearer token is missing, expired or rejected. <see cref="RclApiException.ResponseText"/> holds the
/// server's explanation. See <see cref="RclClientOptions.RetryOnceOnUnauthorized"/> to refresh the token once.
/// </summary>
public sealed class RclUnauthorizedException : RclApiException
{
    internal RclUnauthorizedException(string responseText, string? contentType, string? wwwAuthenticate)
        : base(HttpStatusCode.Unauthorized, responseText, contentType, retryAfter: null)
    {
        WwwAuthenticate = wwwAuthenticate;
    }

    /// <summary>The server's <c>WWW-Authenticate</c> challenge, when it sent one.</summary>
    public string? WwwAuthenticate { get; }
}
