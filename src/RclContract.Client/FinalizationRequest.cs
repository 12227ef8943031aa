namespace RclContract.Client;

public partial class FinalizationRequest
{
    /// <summary>Names the type and the order, never the password.</summary>
    public override string ToString() => $"{nameof(FinalizationRequest)} {{ orderUri = {OrderUri}, hostName = {HostName} }}";
}
