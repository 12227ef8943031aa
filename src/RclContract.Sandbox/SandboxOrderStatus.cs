namespace RclContract.Sandbox;

/// <summary>The ACME order statuses the sandbox knows (RFC 8555, section 7.1.6).</summary>
public static class SandboxOrderStatus
{
    /// <summary>Authorizations are not yet valid.</summary>
    public const string Pending = "pending";

    /// <summary>All authorizations are valid; the order can be finalized.</summary>
    public const string Ready = "ready";

    /// <summary>The certificate is being issued.</summary>
    public const string Processing = "processing";

    /// <summary>The certificate was issued; the order must not be finalized again.</summary>
    public const string Valid = "valid";

    /// <summary>The order failed.</summary>
    public const string Invalid = "invalid";
}
