namespace FactGen.Extraction.Text;

/// <summary>Binary searches over tokens in text order, for loops that would otherwise walk a whole sentence per mention.</summary>
internal static class TokenSearch
{
    /// <summary>Index of the first token that starts at or after <paramref name="offset"/> (the count when none does).</summary>
    public static int FirstAtOrAfter(TokenRange tokens, int offset)
    {
        var low = 0;
        var high = tokens.Count;
        while (low < high)
        {
            var mid = low + ((high - low) >> 1);
            if (tokens[mid].Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
