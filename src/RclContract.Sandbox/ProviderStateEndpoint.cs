using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace RclContract.Sandbox;

/// <summary>
/// <c>POST /_sandbox/provider-states</c>, as the Pact verifier calls it:
/// <c>{"state": "...", "params": {...}, "action": "setup" | "teardown"}</c>. An absent action means setup.
/// </summary>
internal sealed class ProviderStateEndpoint
{
    public const string Route = "/_sandbox/provider-states";

    private const string TextContentType = "text/plain; charset=utf-8";
    private const long MaxBodyBytes = 64 * 1024;

    private readonly OrderStore _orders;
    private readonly AccessTokenGate _tokens;

    public ProviderStateEndpoint(OrderStore orders, AccessTokenGate tokens)
    {
        _orders = orders;
        _tokens = tokens;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var body = await RequestBodyReader.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted)
            .ConfigureAwait(false);
        if (body is null)
        {
            await BadRequestAsync(context, RequestBodyReader.TooLargeText(MaxBodyBytes)).ConfigureAwait(false);
            return;
        }

        var error = Apply(body.Value);
        if (error is not null)
        {
            await BadRequestAsync(context, error).ConfigureAwait(false);
            return;
        }

        var empty = new Dictionary<string, string>();
        await SandboxResponses.JsonAsync(context, StatusCodes.Status200OK, empty).ConfigureAwait(false);
    }

    /// <returns>Null when the state change was applied, otherwise the 400 text.</returns>
    internal string? Apply(ReadOnlyMemory<byte> body)
    {
        if (!TryParse(body, out var change, out var error))
        {
            return error;
        }

        if (!IsKnown(change.State))
        {
            return $"Unknown provider state \"{change.State}\".";
        }

        _tokens.RejectAll = false;
        if (change.IsTeardown)
        {
            return null;
        }

        return Setup(change);
    }

    private string? Setup(StateChange change)
    {
        if (change.State == SandboxProviderStates.AccessTokenRejected)
        {
            _tokens.RejectAll = true;
            return null;
        }

        var subscriptionId = change.Param(SandboxProviderStates.SubscriptionIdParam)
            ?? SandboxServer.DemoSubscriptionId;
        var orderUri = change.Param(SandboxProviderStates.OrderUriParam) ?? SandboxServer.DemoReadyOrderUri;
        if (string.IsNullOrWhiteSpace(subscriptionId))
        {
            return "Provider state parameter subscriptionId must not be empty.";
        }

        if (!OrderStore.IsHttpUri(orderUri, out _))
        {
            return "Provider state parameter orderUri must be an absolute http or https URI.";
        }

        switch (change.State)
        {
            case SandboxProviderStates.OrderReady:
                _orders.Put(subscriptionId, orderUri, SandboxOrderStatus.Ready);
                return null;
            case SandboxProviderStates.OrderAlreadyFinalized:
                _orders.Put(subscriptionId, orderUri, SandboxOrderStatus.Valid);
                return null;
            case SandboxProviderStates.OrderNotYetReady:
                var status = change.Param(SandboxProviderStates.StatusParam) ?? SandboxOrderStatus.Pending;
                if (status is not (SandboxOrderStatus.Pending or SandboxOrderStatus.Processing
                    or SandboxOrderStatus.Invalid))
                {
                    return "Provider state parameter status must be pending, processing or invalid, "
                        + $"not \"{status}\".";
                }

                _orders.Put(subscriptionId, orderUri, status);
                return null;
            default:
                _orders.Remove(subscriptionId, orderUri);
                return null;
        }
    }

    private static bool IsKnown(string state) => state is SandboxProviderStates.OrderReady
        or SandboxProviderStates.OrderAlreadyFinalized
        or SandboxProviderStates.OrderNotYetReady
        or SandboxProviderStates.NoOrder
        or SandboxProviderStates.AccessTokenRejected;

    private static bool TryParse(
        ReadOnlyMemory<byte> body,
        [NotNullWhen(true)] out StateChange? change,
        [NotNullWhen(false)] out string? error)
    {
        change = null;

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            error = "Provider state request is not valid JSON: " + exception.Message;
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "Provider state request must be a JSON object.";
                return false;
            }

            if (!root.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(state.GetString()))
            {
                error = "Provider state request needs a non-empty string \"state\".";
                return false;
            }

            if (!TryAction(root, out var isTeardown, out error) || !TryParams(root, out var parameters, out error))
            {
                return false;
            }

            change = new StateChange(state.GetString()!, isTeardown, parameters);
            return true;
        }
    }

    private static bool TryAction(JsonElement root, out bool isTeardown, [NotNullWhen(false)] out string? error)
    {
        isTeardown = false;
        error = null;

        if (!root.TryGetProperty("action", out var action) || action.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        var value = action.ValueKind == JsonValueKind.String ? action.GetString() : null;
        if (value is not ("setup" or "teardown"))
        {
            error = "Provider state \"action\" must be \"setup\" or \"teardown\".";
            return false;
        }

        isTeardown = value == "teardown";
        return true;
    }

    private static bool TryParams(
        JsonElement root,
        [NotNullWhen(true)] out Dictionary<string, string>? parameters,
        [NotNullWhen(false)] out string? error)
    {
        parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        error = null;

        if (!root.TryGetProperty("params", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "Provider state \"params\" must be a JSON object.";
            parameters = null;
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                error = $"Provider state parameter {property.Name} must be a string.";
                parameters = null;
                return false;
            }

            parameters[property.Name] = property.Value.GetString()!;
        }

        return true;
    }

    private static Task BadRequestAsync(HttpContext context, string text) =>
        SandboxResponses.TextAsync(context, StatusCodes.Status400BadRequest, text, TextContentType);

    private sealed record StateChange(string State, bool IsTeardown, Dictionary<string, string> Parameters)
    {
        public string? Param(string name) => Parameters.TryGetValue(name, out var value) ? value : null;
    }
}
