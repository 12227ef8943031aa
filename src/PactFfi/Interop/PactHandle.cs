namespace PactFfi.Interop;

/// <summary>Owns a <c>PactHandle</c> (a 16-bit index into the core's table); disposing frees it.</summary>
internal sealed class PactHandle : IDisposable
{
    private bool _disposed;

    internal PactHandle(ushort value) => Value = value;

    internal ushort Value { get; }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _ = NativeMethods.FreePactHandle(Value);
    }
}
