namespace FactGen.Extraction.Consolidation;

/// <summary>
/// Strips accents from letters ("é" → "e", "ő" → "o") with a fixed table instead of
/// <see cref="string.Normalize()"/>, whose result depends on the host: a no-op under invariant
/// globalization, a full decomposition under ICU, and an exception on lone surrogates or U+FFFE.
/// The same name must give the same key in the compiler, the CLI and on every machine.
/// </summary>
internal static partial class Diacritics
{
    /// <summary>The base letter of <paramref name="c"/>, or <paramref name="c"/> itself when it has no accent to strip.</summary>
    public static char Strip(char c)
    {
        if (c < Composed[0])
        {
            return c;
        }

        // Binary search over the sorted composed letters.
        int low = 0, high = Composed.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            var found = Composed[middle];
            if (found == c)
            {
                return Bases[middle];
            }

            if (found < c)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return c;
    }
}
