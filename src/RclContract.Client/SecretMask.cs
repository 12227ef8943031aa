using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RclContract.Client;

/// <summary>
/// Masks secrets in text as <c>***</c>: each secret as it is and in the forms a server echoes it in (JSON-escaped
/// by the common serializers, URL-encoded). The client masks every text it reports with the call's token and
/// password; this is the same masking for a caller's own messages. Thread-safe.
/// </summary>
public sealed partial class SecretMask
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "***";

    private readonly Lock _lock = new();
    private readonly List<string> _forms = [];

    /// <summary>Adds a secret; null and empty are ignored.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (_lock)
        {
            foreach (var form in FormsOf(secret).Where(f => !_forms.Contains(f, StringComparer.Ordinal)))
            {
                _forms.Add(form);
            }

            // Longest first, so that no shorter form leaves part of a longer one behind.
            _forms.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>The text with every form of every added secret replaced by <see cref="Mask"/>.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        lock (_lock)
        {
            foreach (var form in _forms)
            {
                text = text.Replace(form, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>
    /// For a text cut off at its end: masks the beginning of a secret the cut split (four characters or more).
    /// </summary>
    internal string ApplyToCutEnd(string text)
    {
        lock (_lock)
        {
            foreach (var form in _forms)
            {
                for (var length = Math.Min(form.Length - 1, text.Length); length >= 4; length--)
                {
                    if (text.EndsWith(form.AsSpan(0, length), StringComparison.Ordinal))
                    {
                        return string.Concat(text.AsSpan(0, text.Length - length), Mask);
                    }
                }
            }
        }

        return text;
    }

    private static IEnumerable<string> FormsOf(string secret)
    {
        yield return secret;
        yield return Newtonsoft.Json.JsonConvert.ToString(secret)[1..^1];
        var escaped = JsonSerializer.Serialize(secret)[1..^1];
        yield return escaped;
        yield return UnicodeEscape().Replace(escaped, m => m.Value.ToLowerInvariant());
        yield return Uri.EscapeDataString(secret);
        yield return WebUtility.UrlEncode(secret);
    }

    [GeneratedRegex(@"\\u[0-9A-F]{4}")]
    private static partial Regex UnicodeEscape();
}
