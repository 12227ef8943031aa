using System.Net;
using System.Net.Http.Headers;

namespace RclContract.Client.Http;

/// <summary>
/// Asks the token provider before every request and sets the <c>Authorization</c> header on that request only.
/// With <c>retryOnceOnUnauthorized</c>, a 401 is answered by one more request with a freshly asked token.
/// </summary>
internal sealed class BearerTokenHandler : DelegatingHandler
{
    private readonly AccessTokenProvider _tokenProvider;
    private readonly bool _retryOnceOnUnauthorized;

    public BearerTokenHandler(AccessTokenProvider tokenProvider, bool retryOnceOnUnauthorized, HttpMessageHandler inner)
        : base(inner)
    {
        _tokenProvider = tokenProvider;
        _retryOnceOnUnauthorized = retryOnceOnUnauthorized;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = await AskTokenAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
        if (!_retryOnceOnUnauthorized)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // Keep the body: a request message cannot be sent twice, so a retry is a copy.
        var body = request.Content is null
            ? null
            : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        var retry = Copy(request, body);
        retry.Headers.Authorization = await AskTokenAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(retry, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthenticationHeaderValue> AskTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var token = await _tokenProvider(new AccessTokenRequest(forceRefresh), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException("The access token provider returned an empty token.");
        }

        token = token.Trim();
        RequestSecrets.Current?.Add(token);
        if (token.Any(c => c <= ' ' || c > '~'))
        {
            // The token itself is never part of the message.
            throw new InvalidOperationException(
                "The access token provider returned a token with characters a bearer token cannot hold "
                + "(white space, control or non-ASCII characters).");
        }

        return new AuthenticationHeaderValue("Bearer", token);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null && request.Content is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in request.Content.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return copy;
    }
}
