using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace RclContract.Sandbox;

/// <summary>
/// Reads and validates a FinalizationRequest body against the spec. Error texts name the JSON path of the
/// bad field and never contain a field's value, so the password cannot be echoed.
/// </summary>
internal static class FinalizeRequestReader
{
    public static bool TryRead(
        ReadOnlyMemory<byte> body,
        [NotNullWhen(true)] out FinalizeRequestBody? request,
        [NotNullWhen(false)] out string? error)
    {
        request = null;

        if (body.IsEmpty)
        {
            error = "Request body is empty; a FinalizationRequest JSON object is required.";
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            error = "Request body is not valid JSON: " + exception.Message;
            return false;
        }

        using (document)
        {
            return TryRead(document.RootElement, out request, out error);
        }
    }

    private static bool TryRead(
        JsonElement root,
        [NotNullWhen(true)] out FinalizeRequestBody? request,
        [NotNullWhen(false)] out string? error)
    {
        request = null;

        if (root.ValueKind != JsonValueKind.Object)
        {
            error = $"Request body must be a JSON object, not {Describe(root.ValueKind)}.";
            return false;
        }

        if (!TryRequiredString(root, "hostName", "hostName", out var hostName, out error)
            || !TryRequiredString(root, "rootDomain", "rootDomain", out var rootDomain, out error)
            || !TryRequiredString(root, "orderUri", "orderUri", out var orderUri, out error)
            || !TryRequiredString(root, "challengeType", "challengeType", out var challengeType, out error)
            || !TryRequiredString(root, "email", "email", out var email, out error)
            || !TryRequiredString(root, "password", "password", out var password, out error)
            || !TryCsrInfo(root, out var csrInfo, out error))
        {
            return false;
        }

        if (!OrderStore.IsHttpUri(orderUri, out _))
        {
            error = "orderUri must be an absolute http or https URI.";
            return false;
        }

        request = new FinalizeRequestBody(hostName, rootDomain, orderUri, challengeType, email, password, csrInfo);
        return true;
    }

    private static bool TryCsrInfo(
        JsonElement root,
        [NotNullWhen(true)] out CsrInfoBody? csrInfo,
        [NotNullWhen(false)] out string? error)
    {
        csrInfo = null;

        if (!root.TryGetProperty("csrInfo", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            error = "csrInfo is required.";
            return false;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            error = $"csrInfo must be a JSON object, not {Describe(element.ValueKind)}.";
            return false;
        }

        if (!TryRequiredString(element, "countryName", "csrInfo.countryName", out var countryName, out error)
            || !TryOptionalString(element, "locality", "csrInfo.locality", out var locality, out error)
            || !TryOptionalString(element, "state", "csrInfo.state", out var state, out error)
            || !TryRequiredString(element, "organization", "csrInfo.organization", out var organization, out error)
            || !TryOptionalString(element, "organizationUnit", "csrInfo.organizationUnit", out var unit, out error))
        {
            return false;
        }

        csrInfo = new CsrInfoBody(countryName, locality, state, organization, unit);
        return true;
    }

    private static bool TryRequiredString(
        JsonElement parent,
        string name,
        string path,
        [NotNullWhen(true)] out string? value,
        [NotNullWhen(false)] out string? error)
    {
        if (!TryOptionalString(parent, name, path, out value, out error))
        {
            return false;
        }

        if (value is null)
        {
            error = $"{path} is required.";
            return false;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            error = $"{path} must not be empty.";
            value = null;
            return false;
        }

        return true;
    }

    private static bool TryOptionalString(
        JsonElement parent,
        string name,
        string path,
        out string? value,
        [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;

        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = $"{path} must be a string, not {Describe(element.ValueKind)}.";
            return false;
        }

        value = element.GetString();
        return true;
    }

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
