using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using RclContract.Client;

namespace RclContract.Sandbox.Tests;

/// <summary>Requests and raw HTTP helpers shared by the sandbox and CLI tests.</summary>
internal static class TestRequests
{
    public const string Token = "canary-token-7f3a9c";
    public const string Password = "canary-password-51d0e2";

    public static string Subscription => SandboxServer.DemoSubscriptionId;

    public static JsonObject Body(string? orderUri = null) => new()
    {
        ["hostName"] = "www.example.com",
        ["rootDomain"] = "example.com",
        ["orderUri"] = orderUri ?? SandboxServer.DemoReadyOrderUri,
        ["challengeType"] = "DNS",
        ["email"] = "admin@example.com",
        ["password"] = Password,
        ["csrInfo"] = new JsonObject
        {
            ["countryName"] = "Exampleland",
            ["locality"] = "Sample Town",
            ["state"] = "Sample Region",
            ["organization"] = "Example Org Ltd",
            ["organizationUnit"] = "IT",
        },
    };

    public static FinalizationRequest Request(string? orderUri = null) =>
        RclJson.Deserialize<FinalizationRequest>(Body(orderUri).ToJsonString());

    public static RclFinalizeClient Client(SandboxServer server, string token = Token) =>
        new(new RclClientOptions { BaseUrl = server.BaseAddress }, (_, _) => ValueTask.FromResult(token));

    public static Uri FinalizeUri(SandboxServer server, string subscriptionId) =>
        new(
            server.BaseAddress,
            $"production/ssl/core/v1/order/subscription/{Uri.EscapeDataString(subscriptionId)}/finalize");

    public static async Task<HttpResponseMessage> PostAsync(
        SandboxServer server,
        string body,
        string? contentType = "application/json",
        string? authorization = "Bearer " + Token,
        string? subscriptionId = null)
    {
        using var http = new HttpClient();
        var uri = FinalizeUri(server, subscriptionId ?? Subscription);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await http.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> PostStateAsync(SandboxServer server, JsonObject change)
    {
        using var http = new HttpClient();
        using var content = new StringContent(change.ToJsonString(), Encoding.UTF8, "application/json");
        return await http.PostAsync(server.ProviderStatesUri, content);
    }

    public static JsonObject State(string state, string? orderUri = null, string? status = null, string? action = null)
    {
        var parameters = new JsonObject
        {
            [SandboxProviderStates.SubscriptionIdParam] = Subscription,
            [SandboxProviderStates.OrderUriParam] = orderUri ?? SandboxServer.DemoReadyOrderUri,
        };
        if (status is not null)
        {
            parameters[SandboxProviderStates.StatusParam] = status;
        }

        var change = new JsonObject { ["state"] = state, ["params"] = parameters };
        if (action is not null)
        {
            change["action"] = action;
        }

        return change;
    }

    /// <summary>The object holding the field at a JSON path such as <c>csrInfo.countryName</c>.</summary>
    public static JsonObject ParentOf(JsonObject body, string path, out string name)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        name = dot < 0 ? path : path[(dot + 1)..];
        return dot < 0 ? body : body[path[..dot]]!.AsObject();
    }
}
