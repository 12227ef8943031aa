using System.Runtime.InteropServices;

namespace PactFfi.Interop;

/// <summary>Owns a <c>VerifierHandle*</c>; releasing it calls <c>pactffi_verifier_shutdown</c>.</summary>
internal sealed class VerifierHandle : SafeHandle
{
    public VerifierHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.VerifierShutdown(handle);
        return true;
    }
}
