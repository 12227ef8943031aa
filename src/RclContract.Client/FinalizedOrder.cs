using Newtonsoft.Json;

namespace RclContract.Client;

public partial class FinalizedOrder
{
    /// <summary>
    /// <see cref="Status"/> read case-insensitively as a known <see cref="OrderStatus"/>;
    /// <see cref="OrderStatus.Unknown"/> for a value this client does not know or a missing one.
    /// </summary>
    [JsonIgnore]
    public OrderStatus KnownStatus => Status?.Trim().ToUpperInvariant() switch
    {
        "PENDING" => OrderStatus.Pending,
        "READY" => OrderStatus.Ready,
        "PROCESSING" => OrderStatus.Processing,
        "VALID" => OrderStatus.Valid,
        "INVALID" => OrderStatus.Invalid,
        _ => OrderStatus.Unknown,
    };
}
