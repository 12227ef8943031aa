using System.Net;
using System.Text;

namespace RclContract.Client.Tests;

/// <summary>Answers every request with what the test says, and records what was sent.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _respond;

    public StubHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        _respond = respond;
    }

    public List<RecordedRequest> Requests { get; } = [];

    public static StubHandler Answering(HttpStatusCode status, string body, string contentType) =>
        new((_, _) => Task.FromResult(Response(status, body, contentType)));

    public static StubHandler AnsweringOrder(string json = TestData.FinalizedOrderJson) =>
        Answering(HttpStatusCode.OK, json, "application/json");

    public static HttpResponseMessage Response(HttpStatusCode status, string body, string contentType) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            request.Headers.Accept.ToString(),
            body));
        return await _respond(request, cancellationToken);
    }
}

internal sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, string? Authorization, string? ContentType, string Accept, string? Body);
