using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>Compares a token with words without allocating its text (these checks run on every token).</summary>
internal static class TokenText
{
    /// <summary>True when the token is exactly <paramref name="word"/> (ordinal).</summary>
    public static bool Is(ArticleAnalysis article, Token token, string word) =>
        token.Length == word.Length && string.CompareOrdinal(article.Raw, token.Start, word, 0, word.Length) == 0;

    /// <summary>True when the token is one of <paramref name="words"/> (ordinal).</summary>
    public static bool IsAny(ArticleAnalysis article, Token token, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (Is(article, token, words[i]))
            {
                return true;
            }
        }

        return false;
    }
}
