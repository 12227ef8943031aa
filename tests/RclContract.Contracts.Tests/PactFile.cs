using System.Text.Json;
using System.Text.Json.Nodes;

namespace RclContract.Contracts.Tests;

/// <summary>Puts a pact file in one canonical form, so the committed copy differs only where the contract does.</summary>
internal static class PactFile
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Keep regexes readable in review: '+' stays '+', not \u002B. The file is data, never HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Normalize(string json)
    {
        var pact = JsonNode.Parse(json)!.AsObject();
        if (pact["interactions"] is JsonArray interactions)
        {
            var sorted = interactions
                .Select(i => i!.DeepClone())
                .OrderBy(i => i["description"]!.GetValue<string>(), StringComparer.Ordinal)
                .ToArray();
            pact["interactions"] = new JsonArray(sorted);
        }

        // The core records its own version; a core upgrade alone is not a contract change.
        if (pact["metadata"]?["pactRust"] is JsonObject)
        {
            pact["metadata"]!.AsObject().Remove("pactRust");
        }

        return pact.ToJsonString(Indented) + "\n";
    }
}
