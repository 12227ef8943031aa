namespace PactFfi.Interop;

/// <summary>Turns a <c>false</c> from the core into an exception that says which call and what it set.</summary>
internal static class NativeCall
{
    internal static void Ensure(bool succeeded, string function, string what)
    {
        if (succeeded)
        {
            return;
        }

        throw new PactCoreException(
            $"The Pact core refused {function} while setting {what}: its pact handle is no longer valid or its "
            + "mock server has already started. Use one builder per test and set every part before "
            + "VerifyAsync.");
    }
}
