namespace RclContract.Client.Tests.Hardening;

/// <summary>One way a call can end, played by a loopback server that echoes the secrets it was sent.</summary>
/// <param name="Name">Reads as the test's name.</param>
/// <param name="Answer">The server's script, given the token and password the request carried.</param>
/// <param name="Outcome"><see cref="FinalizedOrder"/>, or the exact exception type the call throws.</param>
/// <param name="Timeout">The client's timeout for this path.</param>
public sealed record CanaryPath(
    string Name, Func<LoopbackExchange, string, string, Task> Answer, Type Outcome, TimeSpan Timeout)
{
    public override string ToString() => Name;
}
