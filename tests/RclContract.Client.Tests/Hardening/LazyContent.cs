using System.Net;
using System.Text;

namespace RclContract.Client.Tests.Hardening;

/// <summary>
/// A response body of any length that is made while it is read and never held in memory: a prefix, then one
/// filler byte repeated. Counts the bytes the client took, so a test can tell it stopped reading early.
/// </summary>
internal sealed class LazyContent : HttpContent
{
    private readonly LazyStream _stream;
    private readonly bool _declareLength;

    public LazyContent(
        long length, string prefix, char filler, bool declareLength = false, Action<long>? afterRead = null)
    {
        _stream = new LazyStream(length, Encoding.UTF8.GetBytes(prefix), (byte)filler, afterRead);
        _declareLength = declareLength;
    }

    public long BytesRead => _stream.Position;

    public long Length => _stream.Length;

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(_stream);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        _stream.CopyToAsync(stream);

    protected override bool TryComputeLength(out long length)
    {
        length = _stream.Length;
        return _declareLength;
    }

    private sealed class LazyStream : Stream
    {
        private readonly long _length;
        private readonly byte[] _prefix;
        private readonly byte _filler;
        private readonly Action<long>? _afterRead;
        private long _position;

        public LazyStream(long length, byte[] prefix, byte filler, Action<long>? afterRead)
        {
            _length = length;
            _prefix = prefix;
            _filler = filler;
            _afterRead = afterRead;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _length;

        public override long Position
        {
            get => Interlocked.Read(ref _position);
            set => throw new NotSupportedException();
        }

        public override int Read(Span<byte> buffer)
        {
            var position = Interlocked.Read(ref _position);
            var count = (int)Math.Min(buffer.Length, _length - position);
            for (var i = 0; i < count; i++)
            {
                var at = position + i;
                buffer[i] = at < _prefix.Length ? _prefix[at] : _filler;
            }

            Interlocked.Add(ref _position, count);
            _afterRead?.Invoke(position + count);
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override Task<int> ReadAsync(
            byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
