namespace RclContract.Client.Tests.Hardening;

/// <summary>One answer a hostile or broken server may give, and the outcome the client documents for it.</summary>
/// <param name="Name">Reads as the test's name.</param>
/// <param name="Answer">Makes a fresh response for each request.</param>
/// <param name="Outcome"><see cref="FinalizedOrder"/>, or the exact exception type the call throws.</param>
/// <param name="Check">Asserts on the order or the exception.</param>
public sealed record HostileCase(string Name, Func<HttpResponseMessage> Answer, Type Outcome, Action<object> Check)
{
    public override string ToString() => Name;
}
