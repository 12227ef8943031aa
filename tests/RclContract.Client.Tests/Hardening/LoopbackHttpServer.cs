using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RclContract.Client.Tests.Hardening;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 (a free port) that answers each request with the test's script, which may
/// send anything, stall, close or reset the connection. Bounded: a few connections, a few requests each, and no
/// stall lasts longer than <see cref="MaxStall"/> or outlives the server.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    public static readonly TimeSpan MaxStall = TimeSpan.FromSeconds(10);

    private const int MaxConnections = 8;
    private const int MaxRequestsPerConnection = 8;
    private const int MaxHeadBytes = 64 * 1024;

    private readonly TcpListener _listener;
    private readonly Func<LoopbackExchange, Task> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly List<Task> _connections = [];
    private readonly List<(string Head, byte[] Body)> _received = [];
    private readonly Task _accepting;
    private int _requests;

    private LoopbackHttpServer(Func<LoopbackExchange, Task> answer)
    {
        _answer = answer;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    public Uri BaseUrl { get; }

    /// <summary>How many complete requests arrived, over all connections.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The request line and headers of each request, in the order they arrived.</summary>
    public IReadOnlyList<string> Heads
    {
        get
        {
            lock (_lock)
            {
                return [.. _received.Select(r => r.Head)];
            }
        }
    }

    /// <summary>The body of each request, in the order they arrived.</summary>
    public IReadOnlyList<byte[]> Bodies
    {
        get
        {
            lock (_lock)
            {
                return [.. _received.Select(r => r.Body)];
            }
        }
    }

    public int Connections
    {
        get
        {
            lock (_lock)
            {
                return _connections.Count;
            }
        }
    }

    public static LoopbackHttpServer Start(Func<LoopbackExchange, Task> answer) => new(answer);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] connections;
        lock (_lock)
        {
            connections = [.. _connections];
        }

        await Task.WhenAll(connections);
        _listener.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        for (var i = 0; i < MaxConnections; i++)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_lock)
            {
                _connections.Add(Task.Run(() => ServeAsync(socket)));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        {
            try
            {
                await using var stream = new NetworkStream(socket, ownsSocket: false);
                for (var i = 0; i < MaxRequestsPerConnection; i++)
                {
                    var request = await ReadRequestAsync(stream, _stop.Token);
                    if (request is null)
                    {
                        return;
                    }

                    lock (_lock)
                    {
                        _received.Add(request.Value);
                    }

                    var number = Interlocked.Increment(ref _requests);
                    var exchange = new LoopbackExchange(socket, stream, number, request.Value.Head, request.Value.Body,
                        _stop.Token);
                    await _answer(exchange);
                    if (exchange.Closed)
                    {
                        return;
                    }

                    if (!exchange.KeepAlive)
                    {
                        socket.Shutdown(SocketShutdown.Both);
                        return;
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException
                or ObjectDisposedException)
            {
                // The client went away or the server stopped; what the client saw is what the test checks.
            }
        }
    }

    private static async Task<(string Head, byte[] Body)?> ReadRequestAsync(Stream stream, CancellationToken stop)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one, stop) == 0 || head.Count > MaxHeadBytes)
            {
                return null;
            }

            head.Add(one[0]);
        }

        var text = Encoding.UTF8.GetString([.. head]);
        var body = new byte[ContentLength(text)];
        await stream.ReadExactlyAsync(body, stop);
        return (text, body);
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
