using System.Net;

namespace RclContract.Client;

/// <summary>
/// 400: the API refused the request (unknown order, an order not <c>ready</c> or already <c>valid</c>, an invalid
/// body). <see cref="RclApiException.ResponseText"/> holds the server's explanation.
/// </summary>
public sealed class RclBadRequestException : RclApiException
{
    internal RclBadRequestException(string responseText, string? contentType)
        : base(HttpStatusCode.BadRequest, responseText, contentType, retryAfter: null)
    {
    }
}
