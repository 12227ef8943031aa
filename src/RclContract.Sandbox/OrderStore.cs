using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RclContract.Sandbox;

/// <summary>The sandbox's in-memory orders, keyed by subscription id and order URI. Thread-safe.</summary>
public sealed class OrderStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string SubscriptionId, string OrderUri), SandboxOrder> _orders = [];
    private int _certificateSequence;

    /// <summary>The number of orders held.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _orders.Count;
            }
        }
    }

    /// <summary>
    /// Adds or replaces an order. A <c>valid</c> order gets a new certificate URI on the order URI's host;
    /// any other status has none.
    /// </summary>
    /// <param name="subscriptionId">Not empty.</param>
    /// <param name="orderUri">An absolute http or https URI.</param>
    /// <param name="status">A lowercase ACME status, see <see cref="SandboxOrderStatus"/>; not empty.</param>
    /// <returns>The stored order.</returns>
    /// <exception cref="ArgumentException">
    /// An argument is empty, or <paramref name="orderUri"/> is not an absolute http or https URI.
    /// </exception>
    public SandboxOrder Put(string subscriptionId, string orderUri, string status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriptionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        var parsedOrderUri = ParseOrderUri(orderUri);

        lock (_gate)
        {
            var certificateUri = status == SandboxOrderStatus.Valid ? NextCertificateUri(parsedOrderUri) : null;
            var order = new SandboxOrder(subscriptionId, orderUri, status, certificateUri);
            _orders[(subscriptionId, orderUri)] = order;
            return order;
        }
    }

    /// <summary>Looks an order up.</summary>
    /// <returns>True when the subscription has an order with exactly this URI.</returns>
    public bool TryGet(string subscriptionId, string orderUri, [NotNullWhen(true)] out SandboxOrder? order)
    {
        ArgumentNullException.ThrowIfNull(subscriptionId);
        ArgumentNullException.ThrowIfNull(orderUri);

        lock (_gate)
        {
            return _orders.TryGetValue((subscriptionId, orderUri), out order);
        }
    }

    /// <summary>Removes an order.</summary>
    /// <returns>True when the order existed.</returns>
    public bool Remove(string subscriptionId, string orderUri)
    {
        ArgumentNullException.ThrowIfNull(subscriptionId);
        ArgumentNullException.ThrowIfNull(orderUri);

        lock (_gate)
        {
            return _orders.Remove((subscriptionId, orderUri));
        }
    }

    /// <summary>Removes every order.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _orders.Clear();
        }
    }

    /// <summary>Moves a <c>ready</c> order to <c>valid</c> in one step, so only one of racing callers wins.</summary>
    internal FinalizeOutcome TryFinalize(string subscriptionId, string orderUri)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue((subscriptionId, orderUri), out var order))
            {
                return new FinalizeOutcome(FinalizeResult.NotFound, null);
            }

            if (order.Status != SandboxOrderStatus.Ready)
            {
                var result = order.Status == SandboxOrderStatus.Valid
                    ? FinalizeResult.AlreadyFinalized
                    : FinalizeResult.NotReady;
                return new FinalizeOutcome(result, order);
            }

            var finalized = order with
            {
                Status = SandboxOrderStatus.Valid,
                CertificateUri = NextCertificateUri(new Uri(orderUri, UriKind.Absolute)),
            };
            _orders[(subscriptionId, orderUri)] = finalized;
            return new FinalizeOutcome(FinalizeResult.Finalized, finalized);
        }
    }

    internal static bool IsHttpUri(string value, [NotNullWhen(true)] out Uri? uri)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return true;
        }

        uri = null;
        return false;
    }

    private static Uri ParseOrderUri(string orderUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderUri);

        if (!IsHttpUri(orderUri, out var uri))
        {
            throw new ArgumentException("The order URI must be an absolute http or https URI.", nameof(orderUri));
        }

        return uri;
    }

    private Uri NextCertificateUri(Uri orderUri)
    {
        var sequence = ++_certificateSequence;
        var path = string.Create(CultureInfo.InvariantCulture, $"/acme/cert/{sequence:D4}");
        return new Uri(orderUri, path);
    }
}
