using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RclContract.Client.Http;

namespace RclContract.Client;

/// <summary>
/// Calls Order Finalize through the client generated from <c>spec/openapi.yaml</c>. Thread-safe; create one and
/// reuse it. Finalize is never retried automatically: it is not idempotent.
/// </summary>
public sealed partial class RclFinalizeClient : IDisposable
{
    private const string PathTemplate = "/production/ssl/core/v1/order/subscription/{subscriptionid}/finalize";

    private readonly HttpClient _http;
    private readonly RclCoreClient _generated;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;
    private bool _disposed;

    /// <summary>Creates a client.</summary>
    /// <param name="options">Base URL, timeout and limits; validated here (<see cref="ArgumentException"/>).</param>
    /// <param name="tokenProvider">Asked for the bearer token before every request.</param>
    /// <param name="handler">
    /// The HTTP handler to send through; the client owns and disposes it. By default a handler that does not follow
    /// redirects (a redirected POST could be re-sent or turned into a GET).
    /// </param>
    /// <param name="logger">
    /// Receives the request line, status and elapsed time at debug level; never a header value or a body.
    /// </param>
    public RclFinalizeClient(
        RclClientOptions options,
        AccessTokenProvider tokenProvider,
        HttpMessageHandler? handler = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokenProvider);
        options.Validate();

        var transport = handler ?? new SocketsHttpHandler { AllowAutoRedirect = false };
        var pipeline = new ResponseGuardHandler(
            options.MaxResponseBytes,
            options.MaxErrorTextLength,
            new BearerTokenHandler(tokenProvider, options.RetryOnceOnUnauthorized, transport));
        _http = new HttpClient(pipeline, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _generated = new RclCoreClient(_http) { BaseUrl = options.BaseUrl.AbsoluteUri };
        _timeout = options.Timeout;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Finalizes the <c>ready</c> order named by <paramref name="request"/>'s <c>orderUri</c>.
    /// </summary>
    /// <param name="subscriptionId">The RCL Portal subscription id; sent as one escaped path segment.</param>
    /// <param name="request">The finalization request; every property the spec requires must be set.</param>
    /// <param name="cancellationToken">Cancels the call (<see cref="OperationCanceledException"/>).</param>
    /// <returns>The finalized order; its <see cref="FinalizedOrder.Status"/> may be a value this client does not know.</returns>
    /// <exception cref="ArgumentException">
    /// An argument is missing or invalid, or a property the spec requires is null; nothing was sent.
    /// </exception>
    /// <exception cref="RclBadRequestException">400, with the server's text.</exception>
    /// <exception cref="RclUnauthorizedException">401, with the server's text.</exception>
    /// <exception cref="RclApiException">Any other status but 200.</exception>
    /// <exception cref="RclResponseFormatException">200 whose body is not a finalized order.</exception>
    /// <exception cref="RclResponseTooLargeException">A body larger than the configured limit.</exception>
    /// <exception cref="RclTransportException">The connection failed or broke.</exception>
    /// <exception cref="RclTimeoutException">No complete answer within the configured timeout.</exception>
    public async Task<FinalizedOrder> FinalizeAsync(
        string subscriptionId, FinalizationRequest request, CancellationToken cancellationToken = default)
    {
        FinalizeArguments.Validate(subscriptionId, request);
        ObjectDisposedException.ThrowIf(_disposed, this);

        RequestSecrets.Current = new RequestSecrets();
        RequestSecrets.Current.Add(request.Password);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var order = await _generated.FinalizeOrderAsync(subscriptionId, request, timeout.Token).ConfigureAwait(false);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogAnswered(PathTemplate, 200, elapsedMs);
            return order;
        }
        catch (Exception exception) when (Translate(exception, cancellationToken) is { } translated)
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var failure = translated.GetType().Name;
            LogFailed(PathTemplate, failure, elapsedMs);
            if (ReferenceEquals(translated, exception))
            {
                throw; // Already a documented type: keep its stack trace.
            }

            throw translated;
        }
        finally
        {
            RequestSecrets.Current = null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _http.Dispose();
    }

    /// <summary>Maps what the pipeline threw to a documented type; null leaves the exception as it is.</summary>
    private Exception? Translate(Exception exception, CancellationToken callerToken) => exception switch
    {
        RclClientException => exception,

        // Only the request is serialized by Newtonsoft directly (response errors arrive as GeneratedApiException):
        // a property the spec requires but the caller left null, such as one added to the spec since
        // FinalizeArguments was written. Nothing was sent.
        Newtonsoft.Json.JsonSerializationException json => FinalizeArguments.Unsendable(RequestSecrets.Redact(json.Message)),
        OperationCanceledException when callerToken.IsCancellationRequested => null,
        OperationCanceledException => new RclTimeoutException(_timeout, RequestSecrets.Sanitize(exception)),
        GeneratedApiException generated => new RclResponseFormatException(
            Reason(generated), ContentTypeOf(generated), bodyStart: string.Empty, innerException: null),
        HttpRequestException http => new RclTransportException(
            $"The request to the RCL API failed: {RequestSecrets.Redact(http.Message)}",
            requestMayHaveBeenProcessed: http.HttpRequestError is not (
                HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError),
            RequestSecrets.Sanitize(http)),
        IOException io => new RclTransportException(
            $"The connection broke while the RCL API's answer was read: {RequestSecrets.Redact(io.Message)}",
            requestMayHaveBeenProcessed: true,
            RequestSecrets.Sanitize(io)),
        _ => null,
    };

    private static string Reason(GeneratedApiException generated) => generated.InnerException switch
    {
        null => "the body is empty or null.",

        // The parser's own message quotes the character it stumbled on, which may be the first of a secret.
        Newtonsoft.Json.JsonReaderException syntax =>
            $"the body is not valid JSON (line {syntax.LineNumber}, position {syntax.LinePosition}).",
        var other => RequestSecrets.Redact(other.Message),
    };

    private static string? ContentTypeOf(GeneratedApiException generated) =>
        generated.Headers.TryGetValue("Content-Type", out var values)
            ? RequestSecrets.Redact(string.Join(", ", values))
            : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "POST {Path} answered {Status} in {ElapsedMs:0.0} ms")]
    private partial void LogAnswered(string path, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "POST {Path} failed with {Failure} after {ElapsedMs:0.0} ms")]
    private partial void LogFailed(string path, string failure, double elapsedMs);
}
