namespace RclContract.Client;

/// <summary>Settings of an <see cref="RclFinalizeClient"/>. Validated when the client is created.</summary>
public sealed class RclClientOptions
{
    /// <summary>The vendor's base URI of the RCL Core API.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://rclapi.azure-api.net/");

    /// <summary>
    /// Absolute http or https URI the API path is appended to. Defaults to <see cref="DefaultBaseUrl"/>;
    /// point it at the sandbox (for example <c>http://127.0.0.1:5000/</c>) to call that instead.
    /// </summary>
    public Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>
    /// How long one finalize may take, from sending the request to reading the whole response.
    /// Defaults to 60 seconds. A call that runs out of time throws <see cref="RclTimeoutException"/>.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The most bytes of a response body the client reads. A larger body fails with
    /// <see cref="RclResponseTooLargeException"/>. Defaults to 1 MiB; a finalized order is a few hundred bytes.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The most characters of a server's error text kept in an exception (in <see cref="RclApiException.ResponseText"/>
    /// and its message). Longer text is cut and marked as cut. Defaults to 4,096.
    /// </summary>
    public int MaxErrorTextLength { get; set; } = 4096;

    /// <summary>
    /// When true, a 401 answer makes the client ask the token provider once more, with
    /// <see cref="AccessTokenRequest.ForceRefresh"/> set, and send the request once more with the new token.
    /// A 401 means the server did not process the request, so this cannot finalize twice. Off by default.
    /// </summary>
    public bool RetryOnceOnUnauthorized { get; set; }

    internal void Validate()
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"{nameof(BaseUrl)} must be an absolute http or https URI; got '{BaseUrl}'.", nameof(BaseUrl));
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "Timeout must be positive or infinite.");
        }

        if (MaxResponseBytes < 1024)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxResponseBytes), MaxResponseBytes, "MaxResponseBytes must be at least 1024.");
        }

        if (MaxErrorTextLength < 64)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxErrorTextLength), MaxErrorTextLength, "MaxErrorTextLength must be at least 64.");
        }
    }
}
