namespace FactGen.Extraction.Text;

/// <summary>
/// The hash of a token's characters (FNV-1a, non-negative), computed by the tokenizer while it reads them
/// and by the word table for text it is handed: both must agree, so the function lives here once.
/// </summary>
internal static class WordHash
{
    /// <summary>The hash of no characters; <see cref="Add"/> folds in one more.</summary>
    public const int Seed = unchecked((int)2166136261);

    /// <summary>Folds character <paramref name="c"/> into <paramref name="hash"/>.</summary>
    public static int Add(int hash, char c) => unchecked((hash ^ c) * 16777619);

    /// <summary>The final value, kept non-negative for masking.</summary>
    public static int Finish(int hash) => hash & int.MaxValue;

    /// <summary>The hash of <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public static int Of(string text, int start, int length)
    {
        var hash = Seed;
        for (var i = start; i < start + length; i++)
        {
            hash = Add(hash, text[i]);
        }

        return Finish(hash);
    }
}
