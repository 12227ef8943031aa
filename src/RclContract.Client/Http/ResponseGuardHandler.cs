using System.Net;
using System.Text;

namespace RclContract.Client.Http;

/// <summary>
/// Decides what a response means before the generated code reads it: any status but 200 becomes an
/// <see cref="RclApiException"/> carrying the body as text (bounded), a 200 that is not JSON becomes an
/// <see cref="RclResponseFormatException"/>, and a 200 body is read into memory, never more than the limit.
/// </summary>
internal sealed class ResponseGuardHandler : DelegatingHandler
{
    private const int BodyStartLength = 200;

    private readonly long _maxResponseBytes;
    private readonly int _maxErrorTextLength;

    public ResponseGuardHandler(long maxResponseBytes, int maxErrorTextLength, HttpMessageHandler inner)
        : base(inner)
    {
        _maxResponseBytes = maxResponseBytes;
        _maxErrorTextLength = maxErrorTextLength;
    }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return response.StatusCode == HttpStatusCode.OK
                ? await GuardSuccessAsync(response, cancellationToken).ConfigureAwait(false)
                : throw await DescribeFailureAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> GuardSuccessAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = response.Content;
        var mediaType = content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !IsJson(mediaType))
        {
            var (text, _) = await ReadTextAsync(content, BodyStartLength, cancellationToken).ConfigureAwait(false);
            mediaType = RequestSecrets.Redact(mediaType);
            throw new RclResponseFormatException(
                $"it is {mediaType}, not JSON.", mediaType, OneLine(text), innerException: null);
        }

        if (content.Headers.ContentLength > _maxResponseBytes)
        {
            throw new RclResponseTooLargeException(200, _maxResponseBytes);
        }

        response.Content = await BufferAsync(content, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>
    /// Reads the whole body here, asynchronously and under the call's token, at most the limit. The generated code
    /// parses with synchronous reads, which neither the timeout nor the caller's cancellation could stop.
    /// </summary>
    private async Task<HttpContent> BufferAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        await using (var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        {
            int read;
            do
            {
                // Never ask for more than one byte past the limit.
                var wanted = (int)Math.Min(chunk.Length, _maxResponseBytes + 1 - body.Length);
                read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken).ConfigureAwait(false);
                body.Write(chunk, 0, read);
                if (body.Length > _maxResponseBytes)
                {
                    throw new RclResponseTooLargeException(200, _maxResponseBytes);
                }
            }
            while (read > 0);
        }

        var buffered = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        foreach (var header in content.Headers.NonValidated)
        {
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        content.Dispose();
        return buffered;
    }

    private async Task<RclApiException> DescribeFailureAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (text, cut) = await ReadTextAsync(response.Content, _maxErrorTextLength, cancellationToken)
            .ConfigureAwait(false);
        if (cut)
        {
            text += $" … [cut after {_maxErrorTextLength} characters]";
        }

        return RclApiException.Create(
            response.StatusCode,
            text,
            RedactOrNull(response.Content.Headers.ContentType?.MediaType),
            RetryAfter(response),
            response.Headers.WwwAuthenticate.Count == 0
                ? null
                : RequestSecrets.Redact(response.Headers.WwwAuthenticate.ToString()));
    }

    /// <summary>
    /// Reads at most <paramref name="maxChars"/> characters, secrets masked; says whether the body went on.
    /// Secrets are masked before the text is cut, so a secret across the cut leaves no part of itself behind.
    /// </summary>
    private async Task<(string Text, bool Cut)> ReadTextAsync(
        HttpContent content, int maxChars, CancellationToken cancellationToken)
    {
        // UTF-8 needs at most four bytes a character; one more byte tells whether the body goes on.
        var maxBytes = (int)Math.Min(_maxResponseBytes, (maxChars * 4L) + 1);
        var buffer = new byte[maxBytes];
        var length = 0;
        await using (var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false))
        {
            int read;
            while (length < maxBytes
                && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
        }

        var text = RequestSecrets.Redact(EncodingOf(content).GetString(buffer, 0, length));
        if (length == maxBytes)
        {
            text = RequestSecrets.MaskSecretStartAtEnd(text);
        }

        var cut = length == maxBytes || text.Length > maxChars;
        return (text.Length > maxChars ? text[..maxChars] : text, cut);
    }

    private static Encoding EncodingOf(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"');
        if (string.IsNullOrEmpty(charset))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(charset);
        }
        catch (Exception unknown) when (unknown is ArgumentException or NotSupportedException)
        {
            // An unknown name, or one .NET refuses (UTF-7).
            return Encoding.UTF8;
        }
    }

    private static string? RedactOrNull(string? text) => text is null ? null : RequestSecrets.Redact(text);

    private static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string OneLine(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}
