using System.Net;
using System.Text;

namespace RclContract.Client.Tests.Hardening;

/// <summary>One generated server answer, with the client limits it is met with.</summary>
/// <param name="Kind">How the body was made, for the failure report.</param>
/// <param name="Status">100 to 599.</param>
/// <param name="ContentType">The raw Content-Type header; null for none.</param>
/// <param name="Body">The body bytes.</param>
/// <param name="RetryAfter">A raw Retry-After header, or null.</param>
/// <param name="WwwAuthenticate">A raw WWW-Authenticate header, or null.</param>
/// <param name="Small">Whether the client runs with the smallest limits (1,024 bytes, 64 characters).</param>
/// <param name="RetryOnUnauthorized">The client's RetryOnceOnUnauthorized.</param>
public sealed record HostileExchange(
    string Kind,
    int Status,
    string? ContentType,
    byte[] Body,
    string? RetryAfter,
    string? WwwAuthenticate,
    bool Small,
    bool RetryOnUnauthorized)
{
    public RclClientOptions Options() => new()
    {
        BaseUrl = new Uri("http://127.0.0.1:9/"),
        MaxResponseBytes = Small ? 1024 : 1024 * 1024,
        MaxErrorTextLength = Small ? 64 : 4096,
        RetryOnceOnUnauthorized = RetryOnUnauthorized,
    };

    public HttpResponseMessage Response()
    {
        var content = new ByteArrayContent(Body);
        if (ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        var response = new HttpResponseMessage((HttpStatusCode)Status) { Content = content };
        if (RetryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", RetryAfter);
        }

        if (WwwAuthenticate is not null)
        {
            response.Headers.TryAddWithoutValidation("WWW-Authenticate", WwwAuthenticate);
        }

        return response;
    }

    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        var start = text.Length > 300 ? text[..300] + "…" : text;
        return $"{Kind}: {Status}, Content-Type {ContentType ?? "(none)"}, Retry-After {RetryAfter ?? "(none)"}, "
            + $"WWW-Authenticate {WwwAuthenticate ?? "(none)"}, small limits {Small}, retry {RetryOnUnauthorized}, "
            + $"{Body.Length} bytes: {start.ReplaceLineEndings("\\n")}";
    }
}
