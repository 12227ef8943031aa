using System.Net.Sockets;
using System.Text;

namespace RclContract.Client.Tests.Hardening;

/// <summary>One request that reached a <see cref="LoopbackHttpServer"/>, and the means to answer it.</summary>
public sealed class LoopbackExchange
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly CancellationToken _stop;

    internal LoopbackExchange(
        Socket socket, Stream stream, int number, string head, byte[] body, CancellationToken stop)
    {
        _socket = socket;
        _stream = stream;
        _stop = stop;
        Number = number;
        Head = head;
        Body = body;
    }

    /// <summary>1 for the first request the server received, over all connections.</summary>
    public int Number { get; }

    /// <summary>The request line and headers, as sent.</summary>
    public string Head { get; }

    public byte[] Body { get; }

    /// <summary>Set by the script to read another request on this connection after answering.</summary>
    public bool KeepAlive { get; set; }

    public bool Closed { get; private set; }

    public async Task SendAsync(string text)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text), _stop);
        await _stream.FlushAsync(_stop);
    }

    /// <summary>Sends nothing for <see cref="LoopbackHttpServer.MaxStall"/>, or until the server stops.</summary>
    public async Task StallAsync()
    {
        try
        {
            await Task.Delay(LoopbackHttpServer.MaxStall, _stop);
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
    }

    /// <summary>Aborts the connection with a TCP reset.</summary>
    public void Reset()
    {
        _socket.LingerState = new LingerOption(true, 0);
        _socket.Close();
        Closed = true;
    }

    /// <summary>Closes the connection without answering (or without finishing the answer).</summary>
    public void Close()
    {
        _socket.Shutdown(SocketShutdown.Both);
        _socket.Close();
        Closed = true;
    }
}
