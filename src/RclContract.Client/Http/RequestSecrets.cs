namespace RclContract.Client.Http;

/// <summary>
/// The secrets of the finalize call in flight (the request's password, each bearer token sent), so that no
/// text the server sends back can carry them into an exception. Flows with the call through an AsyncLocal.
/// </summary>
internal sealed class RequestSecrets
{
    private static readonly AsyncLocal<RequestSecrets?> CurrentValue = new();

    private readonly SecretMask _mask = new();

    public static RequestSecrets? Current
    {
        get => CurrentValue.Value;
        set => CurrentValue.Value = value;
    }

    public void Add(string? secret) => _mask.Add(secret);

    public static string Redact(string text) =>
        Current is { } secrets && text.Length > 0 ? secrets._mask.Apply(text) : text;

    /// <summary>
    /// The exception itself when no text along its chain holds a secret; else a copy of the chain with the secrets
    /// masked in every message (the HTTP error kinds kept, the stack traces lost). The transport's messages quote
    /// what the server sent, such as an invalid status or header line.
    /// </summary>
    public static Exception Sanitize(Exception exception)
    {
        var text = exception.ToString();
        if (Redact(text) == text)
        {
            return exception;
        }

        var inner = exception.InnerException is null ? null : Sanitize(exception.InnerException);
        var message = Redact(exception.Message);
        return exception switch
        {
            HttpRequestException http =>
                new HttpRequestException(http.HttpRequestError, message, inner, http.StatusCode),
            HttpIOException io => new HttpIOException(io.HttpRequestError, message, inner),
            OperationCanceledException => new OperationCanceledException(message, inner),
            _ => new IOException($"{exception.GetType().FullName}: {message}", inner),
        };
    }

    /// <summary>
    /// For a text that was cut off at its end: masks the beginning of a secret the cut split (four characters
    /// or more of it).
    /// </summary>
    public static string MaskSecretStartAtEnd(string text) =>
        Current is { } secrets ? secrets._mask.ApplyToCutEnd(text) : text;
}
