using System;
using System.Collections.Generic;
using System.Text;

namespace FactGen.Generator.Tests.Snapshots;

/// <summary>A small unified-style line diff (longest common subsequence), enough to read a snapshot mismatch.</summary>
internal static class LineDiff
{
    private const int Context = 3;
    private const int MaxOutputLines = 200;

    public static string Unified(string expected, string actual, string expectedName, string actualName)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');

        // Skip the common head and tail so the quadratic part only sees the changed middle.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail])
        {
            tail++;
        }

        var ops = new List<(char Op, string Line, int A, int B)>();
        for (var i = Math.Max(0, head - Context); i < head; i++)
        {
            ops.Add((' ', a[i], i, i));
        }

        ops.AddRange(Middle(a, b, head, a.Length - tail, b.Length - tail));
        for (var i = 0; i < Math.Min(Context, tail); i++)
        {
            ops.Add((' ', a[a.Length - tail + i], a.Length - tail + i, b.Length - tail + i));
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(expectedName).Append('\n');
        output.Append("+++ ").Append(actualName).Append('\n');
        var written = 0;
        var lastContextEnd = -1;
        for (var i = 0; i < ops.Count && written < MaxOutputLines; i++)
        {
            var near = false;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(ops.Count - 1, i + Context); j++)
            {
                near |= ops[j].Op != ' ';
            }

            if (!near)
            {
                continue;
            }

            if (lastContextEnd < 0 || i != lastContextEnd + 1)
            {
                output.Append("@@ -").Append(ops[i].A + 1).Append(" +").Append(ops[i].B + 1).Append(" @@\n");
            }

            output.Append(ops[i].Op).Append(ops[i].Line).Append('\n');
            lastContextEnd = i;
            written++;
        }

        if (written >= MaxOutputLines)
        {
            output.Append("... (diff cut)\n");
        }

        return output.ToString();
    }

    private static IEnumerable<(char, string, int, int)> Middle(string[] a, string[] b, int start, int aEnd, int bEnd)
    {
        var n = aEnd - start;
        var m = bEnd - start;
        if ((long)n * m > 25_000_000)
        {
            // Too big to align: show it as a replacement.
            for (var i = 0; i < n; i++)
            {
                yield return ('-', a[start + i], start + i, start);
            }

            for (var j = 0; j < m; j++)
            {
                yield return ('+', b[start + j], start, start + j);
            }

            yield break;
        }

        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[start + i] == b[start + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[start + x] == b[start + y])
            {
                yield return (' ', a[start + x], start + x, start + y);
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                yield return ('-', a[start + x], start + x, start + y);
                x++;
            }
            else
            {
                yield return ('+', b[start + y], start + x, start + y);
                y++;
            }
        }
    }
}
