using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using PactFfi.Interop;

namespace PactFfi;

/// <summary>
/// Matchers for bodies, headers, query values and paths. Each is checked when it is made: a bad regex, an
/// example that its own rule rejects or impossible bounds throw <see cref="ArgumentException"/> naming the
/// parameter. Examples inside objects are serialized with the body's <c>JsonSerializerOptions</c>.
/// </summary>
public static class Match
{
    /// <summary>Any value of the same JSON type as <paramref name="example"/> (objects: recursively).</summary>
    public static Matcher Type(object example)
    {
        ArgumentNullException.ThrowIfNull(example);

        return new Matcher("type", example, hasExample: true, attributes: null);
    }

    /// <summary>
    /// An array of at least <paramref name="min"/> items, each like <paramref name="example"/> (one item,
    /// not an array). The pact's example holds max(<paramref name="min"/>, 1) copies of it, so the mock
    /// server's response already satisfies the rule.
    /// </summary>
    public static Matcher MinType(object example, int min)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentOutOfRangeException.ThrowIfNegative(min);

        return LikeItems(example, Math.Max(min, 1), new Dictionary<string, object> { ["min"] = min });
    }

    /// <summary>An array of at most <paramref name="max"/> (at least 1) items, each like
    /// <paramref name="example"/>; the pact's example holds one copy.</summary>
    public static Matcher MaxType(object example, int max)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);

        return LikeItems(example, 1, new Dictionary<string, object> { ["max"] = max });
    }

    /// <summary>An array of <paramref name="min"/> to <paramref name="max"/> items, each like
    /// <paramref name="example"/>; the pact's example holds max(<paramref name="min"/>, 1) copies.</summary>
    public static Matcher MinMaxType(object example, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (min > max)
        {
            throw new ArgumentException($"min ({min}) must not be greater than max ({max}).", nameof(min));
        }

        return LikeItems(
            example, Math.Max(min, 1), new Dictionary<string, object> { ["min"] = min, ["max"] = max });
    }

    /// <summary>
    /// A string matching <paramref name="regex"/> (the core's Rust regex syntax; it matches anywhere unless
    /// anchored with ^ and $). <paramref name="example"/> must match it.
    /// </summary>
    public static Matcher Regex(string example, string regex)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentException.ThrowIfNullOrEmpty(regex);
        try
        {
            _ = new Regex(regex, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"'{regex}' is not a valid regular expression: {ex.Message}", nameof(regex));
        }

        PactCore.Initialize();
        if (!NativeMethods.CheckRegex(regex, example))
        {
            throw new ArgumentException(
                $"The example '{example}' does not match the regex '{regex}' (as the Pact core's regex engine "
                + "reads it).",
                nameof(example));
        }

        return new Matcher(
            "regex", example, hasExample: true, new Dictionary<string, object> { ["regex"] = regex });
    }

    /// <summary>Any integer (JSON number without a fraction).</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "Named after the Pact matcher type.")]
    public static Matcher Integer(long example) =>
        new("integer", example, hasExample: true, attributes: null);

    /// <summary>Any number with a fraction. The example keeps its scale: <c>5.0m</c> is written as 5.0.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "Named after the Pact matcher type.")]
    public static Matcher Decimal(decimal example) =>
        new("decimal", example, hasExample: true, attributes: null);

    /// <summary>Any JSON number.</summary>
    public static Matcher Number(double example)
    {
        if (!double.IsFinite(example))
        {
            throw new ArgumentException("A JSON number must be finite.", nameof(example));
        }

        return new Matcher("number", example, hasExample: true, attributes: null);
    }

    /// <summary>Exactly <paramref name="example"/>; resets a looser rule inherited from an enclosing
    /// matcher.</summary>
    public static Matcher Equality(object example)
    {
        ArgumentNullException.ThrowIfNull(example);

        return new Matcher("equality", example, hasExample: true, attributes: null);
    }

    /// <summary>A string that contains <paramref name="substring"/>; the example is the substring itself.</summary>
    public static Matcher Include(string substring)
    {
        ArgumentException.ThrowIfNullOrEmpty(substring);

        return new Matcher("include", substring, hasExample: true, attributes: null);
    }

    /// <summary>JSON null.</summary>
    public static Matcher Null() => new("null", example: null, hasExample: false, attributes: null);

    /// <summary>
    /// A date and time string in <paramref name="format"/> (the core's pattern syntax, as Java's
    /// DateTimeFormatter: <c>yyyy-MM-dd'T'HH:mm:ss</c>). <paramref name="example"/> must be in that format.
    /// </summary>
    public static Matcher DateTime(string example, string format) => Temporal("datetime", example, format);

    /// <summary>A date string in <paramref name="format"/> such as <c>yyyy-MM-dd</c>.</summary>
    public static Matcher Date(string example, string format) => Temporal("date", example, format);

    /// <summary>A time string in <paramref name="format"/> such as <c>HH:mm:ss</c>.</summary>
    public static Matcher Time(string example, string format) => Temporal("time", example, format);

    private static Matcher LikeItems(object example, int copies, Dictionary<string, object> bounds) =>
        new("type", Enumerable.Repeat(example, copies).ToArray(), hasExample: true, bounds);

    private static Matcher Temporal(string type, string example, string format)
    {
        ArgumentNullException.ThrowIfNull(example);
        ArgumentException.ThrowIfNullOrWhiteSpace(format);

        PactCore.Initialize();
        if (NativeMethods.ValidateDateTime(example, format) != 0)
        {
            throw new ArgumentException(
                $"The example '{example}' is not in the {type} format '{format}' (or the format is not valid).",
                nameof(example));
        }

        return new Matcher(type, example, hasExample: true, new Dictionary<string, object> { ["format"] = format });
    }
}
