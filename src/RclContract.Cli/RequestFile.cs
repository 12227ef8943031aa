using System.Text.Json;
using RclContract.Client;

namespace RclContract.Cli;

/// <summary>
/// Loads a FinalizationRequest from a JSON file and checks it against the spec before anything is sent.
/// Messages name the file and the field's JSON path, never a field's value.
/// </summary>
internal static class RequestFile
{
    private const long MaxRequestFileBytes = 1024 * 1024;

    private static readonly string[] RequiredFields =
        ["hostName", "rootDomain", "orderUri", "challengeType", "email", "password"];

    private static readonly string[] RequiredCsrFields = ["countryName", "organization"];
    private static readonly string[] OptionalCsrFields = ["locality", "state", "organizationUnit"];

    public static FinalizationRequest Load(string path)
    {
        var json = InputFiles.ReadText(path, "request file", MaxRequestFileBytes);
        var password = Validate(json, path);

        try
        {
            return RclJson.Deserialize<FinalizationRequest>(json);
        }
        catch (Newtonsoft.Json.JsonException exception)
        {
            var mask = new SecretMask();
            mask.Add(password);
            var reason = mask.Apply(exception.Message);
            throw Invalid(path, "it is not a FinalizationRequest: " + reason);
        }
    }

    /// <returns>The password, so that no later message can carry it.</returns>
    private static string Validate(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw Invalid(path, "it is not valid JSON: " + exception.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, $"it must hold a JSON object, not {Describe(root.ValueKind)}.");
            }

            foreach (var field in RequiredFields)
            {
                RequireString(root, field, field, path);
            }

            if (!root.TryGetProperty("csrInfo", out var csrInfo) || csrInfo.ValueKind == JsonValueKind.Null)
            {
                throw Invalid(path, "csrInfo is required.");
            }

            if (csrInfo.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, $"csrInfo must be a JSON object, not {Describe(csrInfo.ValueKind)}.");
            }

            foreach (var field in RequiredCsrFields)
            {
                RequireString(csrInfo, field, "csrInfo." + field, path);
            }

            foreach (var field in OptionalCsrFields)
            {
                OptionalString(csrInfo, field, "csrInfo." + field, path);
            }

            var orderUri = root.GetProperty("orderUri").GetString();
            if (!Uri.TryCreate(orderUri, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw Invalid(path, "orderUri must be an absolute http or https URI (the ACME order URL).");
            }

            return root.GetProperty("password").GetString()!;
        }
    }

    private static void RequireString(JsonElement parent, string name, string jsonPath, string path)
    {
        var value = OptionalString(parent, name, jsonPath, path);
        if (value is null)
        {
            throw Invalid(path, $"{jsonPath} is required.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(path, $"{jsonPath} must not be empty.");
        }
    }

    private static string? OptionalString(JsonElement parent, string name, string jsonPath, string path)
    {
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            throw Invalid(path, $"{jsonPath} must be a string, not {Describe(element.ValueKind)}.");
        }

        return element.GetString();
    }

    private static UsageException Invalid(string path, string problem) =>
        new($"rcl finalize: request file '{path}' is invalid: {problem}");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
