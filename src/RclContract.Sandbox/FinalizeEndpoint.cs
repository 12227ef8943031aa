using Microsoft.AspNetCore.Http;

namespace RclContract.Sandbox;

/// <summary><c>POST /production/ssl/core/v1/order/subscription/{subscriptionid}/finalize</c>.</summary>
internal sealed class FinalizeEndpoint
{
    public const string Route = "/production/ssl/core/v1/order/subscription/{subscriptionid}/finalize";

    private readonly OrderStore _orders;
    private readonly AccessTokenGate _tokens;
    private readonly SandboxOptions _options;

    public FinalizeEndpoint(OrderStore orders, AccessTokenGate tokens, SandboxOptions options)
    {
        _orders = orders;
        _tokens = tokens;
        _options = options;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var behaviour = _options.Behaviour;
        var request = context.Request;
        var delay = behaviour.ResponseDelay;
        if (delay > TimeSpan.Zero && !await DelayAsync(delay, context).ConfigureAwait(false))
        {
            return;
        }

        var authorizationError = behaviour.SkipAuthorization
            ? null
            : _tokens.Check(request.Headers.Authorization.Count == 1 ? request.Headers.Authorization[0] : null);
        if (authorizationError is not null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, authorizationError).ConfigureAwait(false);
            return;
        }

        var subscriptionId = context.Request.RouteValues["subscriptionid"] as string;
        if (string.IsNullOrWhiteSpace(subscriptionId))
        {
            await BadRequestAsync(context, "subscriptionid must not be empty.").ConfigureAwait(false);
            return;
        }

        var contentTypeError = RequestBodyReader.CheckJsonContentType(request);
        if (contentTypeError is not null)
        {
            await BadRequestAsync(context, contentTypeError).ConfigureAwait(false);
            return;
        }

        var maxBytes = _options.MaxRequestBodyBytes;
        var body = await RequestBodyReader.ReadAsync(request, maxBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            // Kestrel would otherwise try to drain the rest of an oversized body before answering.
            context.Response.Headers.Connection = "close";
            await BadRequestAsync(context, RequestBodyReader.TooLargeText(maxBytes)).ConfigureAwait(false);
            return;
        }

        if (!FinalizeRequestReader.TryRead(body.Value, out var finalizeRequest, out var bodyError))
        {
            await BadRequestAsync(context, bodyError).ConfigureAwait(false);
            return;
        }

        await FinalizeAsync(context, subscriptionId, finalizeRequest, behaviour).ConfigureAwait(false);
    }

    private async Task FinalizeAsync(
        HttpContext context,
        string subscriptionId,
        FinalizeRequestBody request,
        SandboxBehaviour behaviour)
    {
        var outcome = _orders.TryFinalize(subscriptionId, request.OrderUri);
        if (outcome.Result == FinalizeResult.Finalized)
        {
            var order = FinalizedOrderFactory.Create(outcome.Order!, request, behaviour);
            await SandboxResponses.JsonAsync(context, StatusCodes.Status200OK, order).ConfigureAwait(false);
            return;
        }

        var (statusCode, text) = outcome.Result switch
        {
            FinalizeResult.AlreadyFinalized => (
                behaviour.AlreadyFinalizedStatusCode,
                $"Order {request.OrderUri} is already finalized (status {outcome.Order!.Status})."),
            FinalizeResult.NotReady => (
                StatusCodes.Status400BadRequest,
                $"Order {request.OrderUri} cannot be finalized in status {outcome.Order!.Status}."),
            _ => (
                StatusCodes.Status400BadRequest,
                $"Order {request.OrderUri} was not found for subscription {subscriptionId}."),
        };
        await ErrorAsync(context, statusCode, text).ConfigureAwait(false);
    }

    /// <returns>False when the client went away while waiting.</returns>
    private static async Task<bool> DelayAsync(TimeSpan delay, HttpContext context)
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }
    }

    private Task BadRequestAsync(HttpContext context, string text) =>
        ErrorAsync(context, StatusCodes.Status400BadRequest, text);

    private Task ErrorAsync(HttpContext context, int statusCode, string text) =>
        SandboxResponses.TextAsync(context, statusCode, text, _options.Behaviour.ErrorContentType);
}
