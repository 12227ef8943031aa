using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NSwag;

namespace RclContract.Spec.Tests;

/// <summary>The spec as NSwag reads it (the same reader that generates the client), with schema validation.</summary>
internal sealed class SpecDocument
{
    private SpecDocument(OpenApiDocument document)
    {
        Document = document;
    }

    public OpenApiDocument Document { get; }

    public static async Task<SpecDocument> LoadAsync(string path) =>
        new(await OpenApiYamlDocument.FromFileAsync(path));

    public static Task<SpecDocument> LoadAsync() => LoadAsync(Repo.SpecFile);

    public JsonSchema Schema(string name) =>
        Document.Components.Schemas.TryGetValue(name, out var schema)
            ? schema
            : throw new KeyNotFoundException($"The spec has no schema named {name}.");

    public OpenApiOperation Finalize => Document.Paths.Single().Value.Values.Single();

    /// <summary>Validates JSON text against a schema; each error as "path: kind".</summary>
    public static IReadOnlyList<string> Validate(JsonSchema schema, string json) =>
        Validate(schema, JToken.Parse(json));

    /// <summary>Validates a JSON value against a schema; each error as "path: kind".</summary>
    public static IReadOnlyList<string> Validate(JsonSchema schema, JToken value) =>
        // A detached copy, so error paths start at the value, not at the document it came from.
        schema.Validate(value.Parent is null ? value : value.DeepClone()).Select(Describe).ToList();

    private static string Describe(ValidationError error) =>
        $"{(string.IsNullOrEmpty(error.Path) ? "#" : error.Path)}: {error.Kind}"
        + (error.Property is null ? string.Empty : $" ({error.Property})");
}
