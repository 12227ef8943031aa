using System.Runtime.InteropServices;

namespace PactFfi.Interop;

/// <summary>Reads UTF-8 strings returned by the core, freeing those the caller owns right after reading.</summary>
internal static class NativeText
{
    /// <summary>Reads a string the caller owns and frees it with <c>pactffi_string_delete</c>.</summary>
    internal static string? ReadOwned(IntPtr value)
    {
        if (value == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(value);
        }
        finally
        {
            NativeMethods.StringDelete(value);
        }
    }

    /// <summary>Reads a string the core keeps (static, or owned by a mock server); it is never freed here.</summary>
    internal static string? ReadBorrowed(IntPtr value) =>
        value == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(value);
}
