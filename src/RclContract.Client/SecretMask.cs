using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RclContract.Client;

/// <summary>
/// Masks secrets in text as <c>***</c>: each secret as it is and in the forms a server echoes it in, where any
/// character may be JSON-escaped (<c>\"</c>, <c>\u00f6</c>, in either letter case) or URL-encoded (<c>%C3%B6</c>,
/// <c>+</c> for a space), mixed freely. Other transforms (base64, HTML entities, another letter case of the
/// secret itself) are not recognised. The client masks every text it reports with the call's token and
/// password; this is the same masking for a caller's own output. Thread-safe.
/// </summary>
public sealed class SecretMask
{
    /// <summary>What replaces a secret.</summary>
    public const string Mask = "***";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly List<string> _secrets = [];
    private readonly List<Regex> _patterns = [];

    /// <summary>Adds a secret; null and empty are ignored.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (_lock)
        {
            if (_secrets.Contains(secret, StringComparer.Ordinal))
            {
                return;
            }

            _secrets.Add(secret);
            _secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
            _patterns.Clear();
            _patterns.AddRange(_secrets.Select(s => new Regex(Pattern(s), RegexOptions.CultureInvariant, MatchTimeout)));
        }
    }

    /// <summary>The text with every form of every added secret replaced by <see cref="Mask"/>.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        lock (_lock)
        {
            foreach (var pattern in _patterns)
            {
                text = pattern.Replace(text, Mask);
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
            foreach (var secret in _secrets)
            {
                for (var length = Math.Min(secret.Length - 1, text.Length); length >= 4; length--)
                {
                    if (text.EndsWith(secret.AsSpan(0, length), StringComparison.Ordinal))
                    {
                        return string.Concat(text.AsSpan(0, text.Length - length), Mask);
                    }
                }
            }
        }

        return text;
    }

    /// <summary>One alternation a character: itself, its JSON escapes, its URL encoding.</summary>
    private static string Pattern(string secret)
    {
        var pattern = new StringBuilder();
        Span<char> utf16 = stackalloc char[2];
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in secret.EnumerateRunes())
        {
            var forms = new List<string> { Regex.Escape(rune.ToString()) };
            var units = rune.EncodeToUtf16(utf16);
            forms.Add(string.Concat(utf16[..units].ToArray().Select(c =>
                @"\\u(?i:" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ")")));
            if (ShortJsonEscape(rune) is { } escape)
            {
                forms.Add(Regex.Escape(escape));
            }

            var bytes = rune.EncodeToUtf8(utf8);
            forms.Add(string.Concat(utf8[..bytes].ToArray().Select(b =>
                "%(?i:" + b.ToString("X2", CultureInfo.InvariantCulture) + ")")));
            if (rune.Value == ' ')
            {
                forms.Add(@"\+");
            }

            pattern.Append("(?:").AppendJoin('|', forms).Append(')');
        }

        return pattern.ToString();
    }

    private static string? ShortJsonEscape(Rune rune) => rune.Value switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '/' => "\\/",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => null,
    };
}
