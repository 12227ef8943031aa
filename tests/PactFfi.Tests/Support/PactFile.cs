using System.Text.Json.Nodes;

namespace PactFfi.Tests.Support;

/// <summary>Reads the pact file the core wrote.</summary>
internal static class PactFile
{
    public static string PathOf(string directory, string consumer, string provider) =>
        Path.Combine(directory, $"{consumer}-{provider}.json");

    public static JsonNode Read(string directory, string consumer, string provider) =>
        JsonNode.Parse(File.ReadAllText(PathOf(directory, consumer, provider)))!;

    public static JsonNode SingleInteraction(string directory, string consumer, string provider)
    {
        var interactions = Read(directory, consumer, provider)["interactions"]!.AsArray();
        interactions.Should().HaveCount(1);
        return interactions[0]!;
    }

    public static bool JsonEquals(JsonNode? actual, string expectedJson) =>
        JsonNode.DeepEquals(actual, JsonNode.Parse(expectedJson));
}
