namespace RclContract.Client;

/// <summary>
/// Supplies the bearer access token. The client asks it before every request, so an expired token can be
/// replaced; it never caches the answer. Return the bare token, without the <c>Bearer</c> prefix.
/// </summary>
/// <param name="request">Why the token is wanted.</param>
/// <param name="cancellationToken">Cancelled when the finalize call is cancelled or times out.</param>
public delegate ValueTask<string> AccessTokenProvider(AccessTokenRequest request, CancellationToken cancellationToken);

/// <summary>What the client tells an <see cref="AccessTokenProvider"/> when it asks for a token.</summary>
/// <param name="ForceRefresh">
/// True when the server rejected the previous token with 401 and
/// <see cref="RclClientOptions.RetryOnceOnUnauthorized"/> is on: a cached token must not be returned again.
/// </param>
public sealed record AccessTokenRequest(bool ForceRefresh);
