using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NSwag;

namespace RclContract.Spec.Tests;

/// <summary>
/// Checks what swagger-mock-validator leaves out: every interaction of a V4 pact against the spec's operation
/// (status declared, response media type as declared, required request headers present, every JSON body valid
/// against its schema with required properties). Each problem names the interaction and the field.
/// </summary>
internal static class PactSpecChecker
{
    public static IReadOnlyList<string> Check(SpecDocument spec, JObject pact)
    {
        var problems = new List<string>();
        if (pact["interactions"] is not JArray { Count: > 0 })
        {
            problems.Add("the pact has no interactions");
        }

        foreach (var interaction in pact["interactions"]?.Children<JObject>() ?? [])
        {
            var name = interaction["description"]?.Value<string>() ?? "(no description)";
            problems.AddRange(CheckInteraction(spec, interaction).Select(p => $"interaction '{name}': {p}"));
        }

        return problems;
    }

    private static IEnumerable<string> CheckInteraction(SpecDocument spec, JObject interaction)
    {
        var request = (JObject)interaction["request"]!;
        var response = (JObject)interaction["response"]!;
        var method = request["method"]!.Value<string>()!.ToLowerInvariant();
        var path = request["path"]!.Value<string>()!;
        var operation = FindOperation(spec.Document, method, path);
        if (operation is null)
        {
            yield return $"no operation in the spec for {method.ToUpperInvariant()} {path}";
            yield break;
        }

        foreach (var problem in CheckRequest(spec.Document, operation, request))
        {
            yield return problem;
        }

        var status = response["status"]!.Value<int>().ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.ActualResponses.TryGetValue(status, out var declared))
        {
            yield return $"response status {status} is not declared for the operation "
                + $"(declared: {string.Join(", ", operation.ActualResponses.Keys)})";
            yield break;
        }

        foreach (var problem in CheckBody("response", response, declared.Content))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> CheckRequest(OpenApiDocument document, OpenApiOperation operation, JObject request)
    {
        var security = operation.Security ?? document.Security;
        var needsBearer = security?.Any(requirement => requirement.Keys.Any(scheme =>
            document.Components.SecuritySchemes.TryGetValue(scheme, out var s)
            && string.Equals(s.Scheme, "bearer", StringComparison.OrdinalIgnoreCase))) ?? false;
        var authorization = Header(request, "Authorization");
        if (needsBearer && (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)))
        {
            yield return "request header Authorization: the operation requires a bearer token, the pact has "
                + (authorization is null ? "none" : $"'{authorization}'");
        }

        if (operation.RequestBody is { } body)
        {
            if (body.IsRequired && request["body"] is null)
            {
                yield return "request body: the operation requires one, the pact has none";
                yield break;
            }

            foreach (var problem in CheckBody("request", request, body.Content))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> CheckBody(
        string part, JObject message, IDictionary<string, OpenApiMediaType> declared)
    {
        var contentType = Header(message, "Content-Type") ?? message["body"]?["contentType"]?.Value<string>();
        if (message["body"] is not JObject body)
        {
            if (declared.Count > 0)
            {
                yield return $"{part} body: the spec declares {string.Join(", ", declared.Keys)}, the pact has none";
            }

            yield break;
        }

        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is null || !declared.TryGetValue(mediaType, out var media))
        {
            yield return $"{part} content type '{contentType}' is not declared "
                + $"(declared: {string.Join(", ", declared.Keys)})";
            yield break;
        }

        var content = body["content"];
        if (content is null || media.Schema is null)
        {
            yield break;
        }

        // A text body is stored raw; as JSON it is a string, which is what a `type: string` schema wants.
        foreach (var error in SpecDocument.Validate(media.Schema.ActualSchema, content))
        {
            yield return $"{part} body {error}";
        }

        // The schemas allow unknown properties (the client must tolerate them), but a pact that expects one the
        // spec does not declare has drifted from it: a renamed property shows up here.
        foreach (var path in Undeclared(content, media.Schema.ActualSchema, "#"))
        {
            yield return $"{part} body {path}: not declared in the spec";
        }
    }

    private static IEnumerable<string> Undeclared(JToken value, NJsonSchema.JsonSchema schema, string path)
    {
        schema = schema.ActualSchema;
        if (value is JObject obj && schema.ActualProperties.Count > 0)
        {
            foreach (var property in obj.Properties())
            {
                var where = path == "#" ? $"#/{property.Name}" : $"{path}.{property.Name}";
                if (!schema.ActualProperties.TryGetValue(property.Name, out var declared))
                {
                    yield return where;
                    continue;
                }

                foreach (var inner in Undeclared(property.Value, declared, where))
                {
                    yield return inner;
                }
            }
        }
        else if (value is JArray array && schema.Item is { } item)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var inner in Undeclared(array[i], item, $"{path}[{i}]"))
                {
                    yield return inner;
                }
            }
        }
    }

    private static OpenApiOperation? FindOperation(OpenApiDocument document, string method, string path)
    {
        foreach (var (template, item) in document.Paths)
        {
            var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$";
            if (Regex.IsMatch(path, pattern) && item.TryGetValue(method, out var operation))
            {
                return operation;
            }
        }

        return null;
    }

    private static string? Header(JObject message, string name) =>
        (message["headers"] as JObject)?.Properties()
            .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Value switch
        {
            JArray values => values.First?.Value<string>(),
            JValue value => value.Value<string>(),
            _ => null,
        };
}
