namespace PactFfi;

/// <summary>
/// The Pact core could not be loaded, is not the pinned version, or refused a call (the message names the
/// native function and what was being set).
/// </summary>
public sealed class PactCoreException : Exception
{
    public PactCoreException()
    {
    }

    public PactCoreException(string message)
        : base(message)
    {
    }

    public PactCoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
