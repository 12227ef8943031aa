using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PactFfi.Tests.Support;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 for provider tests: answers every request with the handler's
/// (status, content type, body) and records provider state calls made to <c>/provider-states</c>.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();

    private readonly Func<HttpListenerRequest, (int Status, string ContentType, string Body)> _handler;

    private readonly Task _loop;

    public LoopbackServer(Func<HttpListenerRequest, (int Status, string ContentType, string Body)> handler)
    {
        _handler = handler;
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        _listener.Prefixes.Add(BaseAddress.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public Uri ProviderStatesAddress => new(BaseAddress, "provider-states");

    public ConcurrentQueue<string> ProviderStateBodies { get; } = new();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            await RespondAsync(context);
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        // One request per connection: the verifier never reuses a connection this server may be closing.
        response.KeepAlive = false;
        if (context.Request.Url!.AbsolutePath == "/provider-states")
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            ProviderStateBodies.Enqueue(await reader.ReadToEndAsync());
            response.StatusCode = 200;
            response.ContentLength64 = 0;
            return;
        }

        var (status, contentType, body) = _handler(context.Request);
        var bytes = Encoding.UTF8.GetBytes(body);
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }
}
