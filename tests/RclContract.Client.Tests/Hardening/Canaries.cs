using Newtonsoft.Json.Linq;

namespace RclContract.Client.Tests.Hardening;

/// <summary>A token and a password unique to one test, and a way to find them in any text.</summary>
internal sealed class Canaries
{
    public string Token { get; } = $"canary-token-{Guid.NewGuid():N}";

    public string Password { get; } = $"canary-password-{Guid.NewGuid():N}";

    public FinalizationRequest Request()
    {
        var request = TestData.Request();
        request.Password = Password;
        return request;
    }

    /// <summary>The bearer token and password a request carried, as a server reads them.</summary>
    public static (string Token, string Password) ReadFrom(LoopbackExchange exchange)
    {
        var authorization = exchange.Head.Split("\r\n")
            .Single(l => l.StartsWith("Authorization:", StringComparison.OrdinalIgnoreCase));
        var token = authorization[(authorization.IndexOf("Bearer ", StringComparison.Ordinal) + 7)..].Trim();
        var password = JObject.Parse(System.Text.Encoding.UTF8.GetString(exchange.Body))["password"]!.Value<string>()!;
        return (token, password);
    }

    /// <summary>Every text an exception shows: ToString, and each string property along its inner chain.</summary>
    public static IEnumerable<string> TextsOf(Exception exception)
    {
        yield return exception.ToString();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            foreach (var property in e.GetType().GetProperties())
            {
                if (property.GetIndexParameters().Length == 0 && property.GetValue(e) is { } value
                    && value is string or Uri or System.Collections.IDictionary)
                {
                    yield return value is System.Collections.IDictionary data
                        ? string.Join(", ", data.Keys.Cast<object>().Select(k => $"{k}={data[k]}"))
                        : value.ToString()!;
                }
            }
        }
    }
}
