namespace RclContract.Client;

/// <summary>
/// The API answered 200 but the body is not a finalized order: empty, not JSON (an HTML page, say), JSON of the
/// wrong shape, or missing a required property. The order was most likely finalized: do not finalize it again
/// before you have checked its state.
/// </summary>
public sealed class RclResponseFormatException : RclClientException
{
    internal RclResponseFormatException(string reason, string? contentType, string bodyStart, Exception? innerException)
        : base(Describe(reason, contentType, bodyStart), innerException)
    {
        ContentType = contentType;
        BodyStart = bodyStart;
    }

    /// <summary>The response's media type; null when the server sent none.</summary>
    public string? ContentType { get; }

    /// <summary>The first characters of the body (at most 200), secrets replaced by <c>***</c>.</summary>
    public string BodyStart { get; }

    /// <inheritdoc />
    public override bool OutcomeUnknown => true;

    private static string Describe(string reason, string? contentType, string bodyStart)
    {
        var message = $"The RCL API answered 200 but the body is not a finalized order: {reason}";
        if (contentType is not null)
        {
            message += $" Content-Type: {contentType}.";
        }

        return bodyStart.Length == 0 ? message : $"{message} Body starts: {bodyStart}";
    }
}
