using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Text;

/// <summary>Splits text into word, number and punctuation tokens.</summary>
public static class Tokenizer
{
    // Tokens are gathered here and copied out at their exact count, so no list grows by doubling.
    [ThreadStatic]
    private static Token[]? _scratch;

    /// <summary>Tokenises <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var count = Scan(text, start, end, out var scratch);
        var tokens = new List<Token>(count);
        for (var t = 0; t < count; t++)
        {
            tokens.Add(scratch[t]);
        }

        return tokens;
    }

    /// <summary>
    /// Tokenises every sentence into one array for the whole article; <paramref name="firsts"/> gets the index of
    /// each sentence's first token, plus the total count at the end.
    /// </summary>
    /// <remarks>The arrays are the article's <paramref name="scratch"/> arrays, so they may be longer than needed.</remarks>
    internal static Token[] TokenizeSentences(string text, List<Sentence> sentences, ArticleScratch scratch, out int[] firsts)
    {
        firsts = ArticleScratch.AtLeast(ref scratch.SentenceFirstToken, sentences.Count + 1);
        var tokens = scratch.Tokens;
        var count = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            firsts[s] = count;
            count = Scan(text, sentences[s].Start, sentences[s].End, ref tokens, count);
        }

        firsts[sentences.Count] = count;
        scratch.Tokens = tokens;
        return tokens;
    }

    private static int Scan(string text, int start, int end, out Token[] scratch)
    {
        scratch = _scratch ??= new Token[256];
        return Scan(text, start, end, ref scratch, 0);
    }

    private static int Scan(string text, int start, int end, ref Token[] scratch, int count)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var j = ScanWord(text, i, end);
                Add(ref scratch, ref count, new Token(i, j - i, TokenKind.Word));
                i = j;
            }
            else if (char.IsDigit(c))
            {
                var j = ScanNumber(text, i, end);
                Add(ref scratch, ref count, new Token(i, j - i, TokenKind.Number));
                i = j;
            }
            else
            {
                Add(ref scratch, ref count, new Token(i, 1, TokenKind.Punctuation));
                i++;
            }
        }

        return count;
    }

    private static void Add(ref Token[] scratch, ref int count, Token token)
    {
        if (count == scratch.Length)
        {
            var wasShared = ReferenceEquals(scratch, _scratch);
            Array.Resize(ref scratch, Math.Max(256, scratch.Length * 2));
            if (wasShared)
            {
                _scratch = scratch;
            }
        }

        scratch[count++] = token;
    }

    /// <summary>True for the apostrophes that may sit inside a word ("O'Brien", "don't").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static int ScanWord(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c))
            {
                j++;
                continue;
            }

            var next = j + 1 < end ? text[j + 1] : '\0';

            // "Jean-Pierre", "AI-powered": a hyphen between letters stays inside the word.
            if (c == '-' && char.IsLetter(next))
            {
                j++;
                continue;
            }

            // "O'Brien", "don't"; but a possessive "'s" is its own token so "Li's" stays "Li".
            if (IsApostrophe(c) && char.IsLetter(next) && !IsPossessiveS(text, j + 1, end))
            {
                j++;
                continue;
            }

            // Abbreviations written with dots: "U.S.", "U.K.", "e.g." (single letters between dots).
            if (c == '.' && char.IsLetter(next) && j + 2 <= end && (j + 2 == end || text[j + 2] == '.') && j - i == 1)
            {
                j += 2;
                if (j < end && text[j] == '.')
                {
                    j++;
                }

                return ContinueAbbreviation(text, j, end);
            }

            break;
        }

        return j;
    }

    private static int ContinueAbbreviation(string text, int j, int end)
    {
        // "U.S.A." after "U.S."
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 == end || !char.IsLetter(text[j + 2])))
        {
            j += 2;
        }

        return j;
    }

    private static bool IsPossessiveS(string text, int i, int end) =>
        (text[i] == 's' || text[i] == 'S') && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1]));

    private static int ScanNumber(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsDigit(c))
            {
                j++;
                continue;
            }

            if ((c == ',' || c == '.') && j + 1 < end && char.IsDigit(text[j + 1]))
            {
                j++;
                continue;
            }

            break;
        }

        return j;
    }
}
