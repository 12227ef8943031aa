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
        if (behaviour.ResponseDelay > TimeSpan.Zero && !await DelayAsync(behaviour.ResponseDelay, context))
        {
            return;
        }

        var authorizationError = behaviour.SkipAuthorization
            ? null
            : _tokens.Check(request.Headers.Authorization.Count == 1 ? request.Headers.Authorization[0] : null);
        if (authorizationError is not null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await ErrorAsync(context, StatusCodes.Status401Unauthorized, authorizationError);
            return;
        }

        var subscriptionId = context.Request.RouteValues["subscriptionid"] as string;
        if (string.IsNullOrWhiteSpace(subscriptionId))
        {
            await BadRequestAsync(context, "subscriptionid must not be empty.");
            return;
        }

        var contentTypeError = RequestBodyReader.CheckJsonContentType(request);
        if (contentTypeError is not null)
        {
            await BadRequestAsync(context, contentTypeError);
            return;
        }

        var body = await RequestBodyReader.ReadAsync(request, _options.MaxRequestBodyBytes, context.RequestAborted);
        if (body is null)
        {
            // Kestrel would otherwise try to drain the rest of an oversized body before answering.
            context.Response.Headers.Connection = "close";
            await BadRequestAsync(context, RequestBodyReader.TooLargeText(_options.MaxRequestBodyBytes));
            return;
        }

        if (!FinalizeRequestReader.TryRead(body.Value, out var finalizeRequest, out var bodyError))
        {
            await BadRequestAsync(context, bodyError);
            return;
        }

        await FinalizeAsync(context, subscriptionId, finalizeRequest, behaviour);
    }

    private async Task FinalizeAsync(
        HttpContext context,
        string subscriptionId,
        FinalizeRequestBody request,
        SandboxBehaviour behaviour)
    {
        var outcome = _orders.TryFinalize(subscriptionId, request.OrderUri);

        switch (outcome.Result)
        {
            case FinalizeResult.Finalized:
                var order = FinalizedOrderFactory.Create(outcome.Order!, request, behaviour);
                await SandboxResponses.JsonAsync(context, StatusCodes.Status200OK, order);
                break;
            case FinalizeResult.AlreadyFinalized:
                await ErrorAsync(
                    context,
                    behaviour.AlreadyFinalizedStatusCode,
                    $"Order {request.OrderUri} is already finalized (status {outcome.Order!.Status}).");
                break;
            case FinalizeResult.NotReady:
                await BadRequestAsync(
                    context,
                    $"Order {request.OrderUri} cannot be finalized in status {outcome.Order!.Status}.");
                break;
            default:
                await BadRequestAsync(
                    context,
                    $"Order {request.OrderUri} was not found for subscription {subscriptionId}.");
                break;
        }
    }

    /// <returns>False when the client went away while waiting.</returns>
    private static async Task<bool> DelayAsync(TimeSpan delay, HttpContext context)
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
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
