namespace RclContract.Sandbox;

/// <summary>
/// The provider states that <c>POST /_sandbox/provider-states</c> understands (when
/// <see cref="SandboxOptions.EnableProviderStates"/> is on), and their parameters. Parameters are strings;
/// <see cref="SubscriptionIdParam"/> defaults to <see cref="SandboxServer.DemoSubscriptionId"/> and
/// <see cref="OrderUriParam"/> to <see cref="SandboxServer.DemoReadyOrderUri"/>.
/// Every setup first stops rejecting tokens; a teardown only stops rejecting tokens.
/// </summary>
public static class SandboxProviderStates
{
    /// <summary>Puts the order in status <c>ready</c>.</summary>
    public const string OrderReady = "an order is ready to be finalized";

    /// <summary>Puts the order in status <c>valid</c>, with a certificate URI.</summary>
    public const string OrderAlreadyFinalized = "an order has already been finalized";

    /// <summary>
    /// Puts the order in the status given by <see cref="StatusParam"/> (<c>pending</c>, <c>processing</c> or
    /// <c>invalid</c>); <c>pending</c> when absent.
    /// </summary>
    public const string OrderNotYetReady = "an order is not yet ready";

    /// <summary>Removes the order.</summary>
    public const string NoOrder = "no order exists";

    /// <summary>Rejects every bearer token with 401 until the next setup of another state or a teardown.</summary>
    public const string AccessTokenRejected = "the access token is rejected";

    /// <summary>The parameter naming the subscription.</summary>
    public const string SubscriptionIdParam = "subscriptionId";

    /// <summary>The parameter naming the order URI.</summary>
    public const string OrderUriParam = "orderUri";

    /// <summary>The parameter naming the status for <see cref="OrderNotYetReady"/>.</summary>
    public const string StatusParam = "status";
}
