namespace RclContract.Client;

/// <summary>
/// The ACME order statuses the spec documents. The wire value stays a string
/// (<see cref="FinalizedOrder.Status"/>), so a status the server adds later never breaks deserialization;
/// it reads as <see cref="Unknown"/> here.
/// </summary>
public enum OrderStatus
{
    /// <summary>A value this client does not know.</summary>
    Unknown = 0,

    /// <summary>Authorizations are not yet valid.</summary>
    Pending,

    /// <summary>All authorizations are valid; the order can be finalized.</summary>
    Ready,

    /// <summary>Finalized; the certificate is being issued and has no URI yet.</summary>
    Processing,

    /// <summary>The certificate was issued; <see cref="FinalizedOrder.CertificateUri"/> says where.</summary>
    Valid,

    /// <summary>The order failed and cannot be used.</summary>
    Invalid,
}
