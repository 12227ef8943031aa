namespace RclContract.Sandbox;

/// <summary>An order held by the sandbox.</summary>
/// <param name="SubscriptionId">The subscription the order belongs to.</param>
/// <param name="OrderUri">The ACME order URL, compared ordinally.</param>
/// <param name="Status">The ACME order status, see <see cref="SandboxOrderStatus"/>.</param>
/// <param name="CertificateUri">Where the certificate is; set once the order is <c>valid</c>, otherwise null.</param>
public sealed record SandboxOrder(string SubscriptionId, string OrderUri, string Status, Uri? CertificateUri);
