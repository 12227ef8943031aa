using System.Text;

namespace RclContract.Testing;

/// <summary>A line diff for failure messages: unchanged lines as "  ", removed as "- ", added as "+ ".</summary>
internal static class TextDiff
{
    private const int Context = 3;

    public static string Unified(string expected, string actual)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var rows = new List<(char Kind, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                rows.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                rows.Add(('+', b[y++]));
            }
            else
            {
                rows.Add(('-', a[x++]));
            }
        }

        return Render(rows);
    }

    private static string Render(List<(char Kind, string Text)> rows)
    {
        var text = new StringBuilder();
        var lastShown = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var nearChange = false;
            for (var k = Math.Max(0, i - Context); k <= Math.Min(rows.Count - 1, i + Context) && !nearChange; k++)
            {
                nearChange = rows[k].Kind != ' ';
            }

            if (!nearChange)
            {
                continue;
            }

            if (lastShown >= 0 && i > lastShown + 1)
            {
                text.AppendLine("  …");
            }

            text.Append(rows[i].Kind).Append(' ').AppendLine(rows[i].Text);
            lastShown = i;
        }

        return text.ToString();
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
