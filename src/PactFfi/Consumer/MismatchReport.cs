using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PactFfi;

/// <summary>Reads the mock server's mismatch JSON and writes the one readable failure message.</summary>
internal static class MismatchReport
{
    internal const string Redacted = "<redacted>";

    private static readonly HashSet<string> HeadersShownInFull =
        new(["Content-Type", "Accept"], StringComparer.OrdinalIgnoreCase);

    internal static IReadOnlyList<PactMismatch> Parse(string json, IReadOnlyList<RequestBuilder> interactions)
    {
        using var document = JsonDocument.Parse(json);
        var result = new List<PactMismatch>();
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var method = Text(entry, "method") ?? "?";
            var path = Text(entry, "path") ?? "?";
            var request = $"{method} {path}";
            var interaction = InteractionFor(method, path, interactions);

            switch (Text(entry, "type"))
            {
                case "request-mismatch":
                    foreach (var mismatch in Items(entry, "mismatches"))
                    {
                        result.Add(Describe(mismatch, request, interaction));
                    }

                    break;
                case "missing-request":
                    result.Add(new PactMismatch(
                        PactMismatchKind.MissingRequest, request, interaction, null, null, null,
                        "expected but never called"));
                    break;
                case "request-not-found":
                    result.Add(new PactMismatch(
                        PactMismatchKind.UnexpectedRequest, request + QueryNames(entry), null, null, null, null,
                        "no interaction describes this request"));
                    break;
                default:
                    result.Add(new PactMismatch(
                        PactMismatchKind.Other, request, interaction, null, null, null, entry.GetRawText()));
                    break;
            }
        }

        return result;
    }

    internal static string Format(
        string subject, Uri server, IReadOnlyList<PactMismatch> mismatches, Exception? testFailure, string log)
    {
        var text = new StringBuilder();
        text.Append("Pact verification failed for ").Append(subject).Append(" (mock server ")
            .Append(server).AppendLine("):");

        var number = 0;
        var groups = mismatches
            .GroupBy(mismatch => (Section(mismatch.Kind), mismatch.Request, mismatch.Interaction))
            .Select(group => group.ToList());
        foreach (var group in groups)
        {
            var first = group[0];
            var interaction = first.Interaction is null ? "" : $"interaction '{first.Interaction}'";
            text.Append("  ").Append(++number).Append(") ");
            switch (first.Kind)
            {
                case PactMismatchKind.MissingRequest:
                    text.Append(first.Interaction is null ? "An interaction" : $"Interaction '{first.Interaction}'")
                        .Append(" (").Append(first.Request).AppendLine(") was expected but never called");
                    break;
                case PactMismatchKind.UnexpectedRequest:
                    text.Append("Unexpected request ").Append(first.Request)
                        .AppendLine(": no interaction describes it");
                    break;
                default:
                    text.Append("Request ").Append(first.Request).Append(" did not match")
                        .AppendLine(interaction.Length > 0 ? " " + interaction + ":" : ":");
                    foreach (var mismatch in group)
                    {
                        text.Append("       ").AppendLine(Line(mismatch));
                    }

                    break;
            }
        }

        // The mismatches come first: they are usually why the test code failed (the mock server answers an
        // unmatched request with an error the client then reports at length).
        if (testFailure is not null)
        {
            text.Append("  ").Append(++number).Append(") The test code threw ")
                .Append(testFailure.GetType().Name).Append(": ").AppendLine(testFailure.Message);
        }

        text.AppendLine("Pact core log of the mock server:");
        text.Append(string.IsNullOrWhiteSpace(log) ? "  (empty)" : log.TrimEnd());
        return text.ToString();
    }

    private static PactMismatchKind Section(PactMismatchKind kind) =>
        kind is PactMismatchKind.MissingRequest or PactMismatchKind.UnexpectedRequest ? kind : PactMismatchKind.Other;

    private static string Line(PactMismatch mismatch)
    {
        var where = mismatch.Kind switch
        {
            PactMismatchKind.Method => "method",
            PactMismatchKind.Path => "path",
            PactMismatchKind.Query => $"query parameter '{mismatch.Where}'",
            PactMismatchKind.Header => $"header '{mismatch.Where}'",
            PactMismatchKind.Body => $"body {mismatch.Where}",
            PactMismatchKind.BodyType => "body content type",
            _ => mismatch.Where ?? "request",
        };
        var values = mismatch.Expected is null && mismatch.Actual is null
            ? ""
            : $": expected {Show(mismatch.Expected)}, actual {Show(mismatch.Actual)}";
        var detail = string.IsNullOrWhiteSpace(mismatch.Detail) ? "" : $" ({mismatch.Detail})";
        return where + values + detail;
    }

    private static string Show(string? value) =>
        value switch
        {
            null or "" => "(none)",
            Redacted => Redacted,
            _ => $"'{value}'",
        };

    private static PactMismatch Describe(JsonElement mismatch, string request, string? interaction)
    {
        var expected = Text(mismatch, "expected");
        var actual = Text(mismatch, "actual");
        var detail = Text(mismatch, "mismatch");
        switch (Text(mismatch, "type"))
        {
            case "MethodMismatch":
                return new PactMismatch(PactMismatchKind.Method, request, interaction, null, expected, actual, detail);
            case "PathMismatch":
                return new PactMismatch(PactMismatchKind.Path, request, interaction, null, expected, actual, detail);
            case "QueryMismatch":
                var parameter = Text(mismatch, "parameter");
                return new PactMismatch(
                    PactMismatchKind.Query, request, interaction, parameter, expected, actual, detail);
            case "HeaderMismatch":
                return Header(mismatch, request, interaction, expected, actual, detail);
            case "BodyMismatch":
                return new PactMismatch(
                    PactMismatchKind.Body, request, interaction, Text(mismatch, "path"), expected, actual, detail);
            case "BodyTypeMismatch":
                return new PactMismatch(
                    PactMismatchKind.BodyType, request, interaction, null, expected, actual, detail);
            default:
                return new PactMismatch(
                    PactMismatchKind.Other, request, interaction, null, expected, actual, mismatch.GetRawText());
        }
    }

    private static PactMismatch Header(
        JsonElement mismatch, string request, string? interaction, string? expected, string? actual, string? detail)
    {
        var name = Text(mismatch, "key");
        if (string.IsNullOrEmpty(actual))
        {
            return new PactMismatch(
                PactMismatchKind.Header, request, interaction, name, expected, null, "missing from the request");
        }

        if (name is not null && HeadersShownInFull.Contains(name))
        {
            return new PactMismatch(PactMismatchKind.Header, request, interaction, name, expected, actual, detail);
        }

        return new PactMismatch(
            PactMismatchKind.Header, request, interaction, name, expected, Redacted,
            "the request's value is not shown: header values may hold secrets");
    }

    private static string? InteractionFor(string method, string path, IReadOnlyList<RequestBuilder> interactions)
    {
        var candidates = interactions
            .Where(interaction => string.Equals(interaction.Method, method, StringComparison.OrdinalIgnoreCase))
            .Where(interaction => interaction.PathExample == path || PathMatches(interaction.PathRegex, path))
            .Select(interaction => interaction.Description)
            .ToList();
        return candidates.Count switch
        {
            0 => null,
            1 => candidates[0],
            _ => string.Join("' or '", candidates),
        };
    }

    private static bool PathMatches(string? regex, string path)
    {
        if (regex is null)
        {
            return false;
        }

        try
        {
            return Regex.IsMatch(path, regex, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string QueryNames(JsonElement entry)
    {
        if (!entry.TryGetProperty("request", out var request)
            || !request.TryGetProperty("query", out var query)
            || query.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var names = query.EnumerateObject().Select(parameter => parameter.Name).ToList();
        return names.Count == 0 ? "" : $" (query parameters: {string.Join(", ", names)})";
    }

    private static JsonElement[] Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array
            ? [.. items.EnumerateArray()]
            : [];

    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
    }
}
