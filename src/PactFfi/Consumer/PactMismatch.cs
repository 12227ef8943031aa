namespace PactFfi;

/// <summary>What went wrong with one request or interaction.</summary>
public enum PactMismatchKind
{
    Method,
    Path,
    Query,
    Header,
    Body,
    BodyType,

    /// <summary>A request that no interaction describes.</summary>
    UnexpectedRequest,

    /// <summary>An interaction that was never called.</summary>
    MissingRequest,

    /// <summary>A mismatch type this binding does not know; <see cref="PactMismatch.Detail"/> has the core's
    /// text.</summary>
    Other,
}

/// <summary>
/// One mismatch reported by the mock server. Header values from the request are never kept
/// (<see cref="Actual"/> says <c>&lt;redacted&gt;</c>) except for Content-Type and Accept.
/// </summary>
/// <param name="Kind">What was wrong.</param>
/// <param name="Request">Method and path of the request (for a missing one: of the expected request).</param>
/// <param name="Interaction">Description of the interaction concerned, when it can be told.</param>
/// <param name="Where">The part: a JSON path such as <c>$.items[0].id</c>, a header or query parameter name.</param>
/// <param name="Expected">The expected value as the core shows it.</param>
/// <param name="Actual">The actual value as the core shows it.</param>
/// <param name="Detail">The core's explanation, or ours.</param>
public sealed record PactMismatch(
    PactMismatchKind Kind,
    string Request,
    string? Interaction,
    string? Where,
    string? Expected,
    string? Actual,
    string? Detail);
