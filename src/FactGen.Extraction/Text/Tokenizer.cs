using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace FactGen.Extraction.Text;

/// <summary>Splits text into word, number and punctuation tokens.</summary>
public static class Tokenizer
{
    // Tokens of Tokenize are gathered here and copied out at their exact count, so no list grows by doubling.
    [ThreadStatic]
    private static Token[]? _scratch;

    /// <summary>Tokenises <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var sink = new TokenSink(_scratch ??= new Token[256], null);
        Scan(text, start, end, ref sink);
        _scratch = sink.Tokens;
        var tokens = new List<Token>(sink.Count);
        for (var t = 0; t < sink.Count; t++)
        {
            tokens.Add(sink.Tokens[t]);
        }

        return tokens;
    }

    /// <summary>
    /// Tokenises every sentence into one array for the whole article; <paramref name="firsts"/> gets the index of
    /// each sentence's first token, plus the total count at the end, and <paramref name="hashes"/> each token's
    /// <see cref="WordHash"/>, computed while its characters are read anyway.
    /// </summary>
    /// <remarks>The arrays are the article's <paramref name="scratch"/> arrays, so they may be longer than needed.</remarks>
    internal static Token[] TokenizeSentences(string text, List<Sentence> sentences, ArticleScratch scratch, out int[] firsts, out int[] hashes)
    {
        firsts = ArticleScratch.AtLeast(ref scratch.SentenceFirstToken, sentences.Count + 1);
        var sink = new TokenSink(scratch.Tokens, scratch.TokenHashes);
        for (var s = 0; s < sentences.Count; s++)
        {
            firsts[s] = sink.Count;
            Scan(text, sentences[s].Start, sentences[s].End, ref sink);
        }

        firsts[sentences.Count] = sink.Count;
        scratch.Tokens = sink.Tokens;
        scratch.TokenHashes = hashes = sink.Hashes!;
        return sink.Tokens;
    }

    private static void Scan(string text, int start, int end, ref TokenSink sink)
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
                // Plain ASCII letters and digits, most of every word, in a loop of their own; anything else
                // (a hyphen, an apostrophe, a dot, a non-ASCII character) goes on in ScanWord.
                var h = WordHash.Seed;
                var j = i;
                while (j < end)
                {
                    var d = text[j];
                    if (!IsAsciiLetterOrDigit(d))
                    {
                        break;
                    }

                    h = WordHash.Add(h, d);
                    j++;
                }

                int hash;
                if (j < end && MayContinueWord(text[j]))
                {
                    j = ScanWord(text, i, j, h, end, out hash);
                }
                else
                {
                    hash = WordHash.Finish(h);
                }

                sink.Add(new Token(i, j - i, TokenKind.Word), hash);
                i = j;
            }
            else if (char.IsDigit(c))
            {
                var j = ScanNumber(text, i, end, out var hash);
                sink.Add(new Token(i, j - i, TokenKind.Number), hash);
                i = j;
            }
            else
            {
                sink.Add(new Token(i, 1, TokenKind.Punctuation), WordHash.Finish(WordHash.Add(WordHash.Seed, c)));
                i++;
            }
        }
    }

    /// <summary>The tokens found so far and, when asked for, their hashes; both arrays grow together.</summary>
    private struct TokenSink
    {
        public Token[] Tokens;
        public int[]? Hashes;
        public int Count;

        public TokenSink(Token[] tokens, int[]? hashes)
        {
            Tokens = tokens;
            Hashes = hashes is null ? null : hashes.Length >= tokens.Length ? hashes : new int[tokens.Length];
            Count = 0;
        }

        public void Add(Token token, int hash)
        {
            if (Count == Tokens.Length)
            {
                Array.Resize(ref Tokens, Math.Max(256, Tokens.Length * 2));
                if (Hashes is not null)
                {
                    Array.Resize(ref Hashes, Tokens.Length);
                }
            }

            Tokens[Count] = token;
            if (Hashes is not null)
            {
                Hashes[Count] = hash;
            }

            Count++;
        }
    }

    /// <summary>True for the apostrophes that may sit inside a word ("O'Brien", "don't").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    // A character the ASCII loop stops at but ScanWord may take into the word.
    private static bool MayContinueWord(char c) => c >= 128 || c == '-' || c == '\'' || c == '.';

    // The word that starts at i, read on from j with h the hash of its characters so far.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScanWord(string text, int i, int j, int h, int end, out int hash)
    {
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c))
            {
                h = WordHash.Add(h, c);
                j++;
                continue;
            }

            var next = j + 1 < end ? text[j + 1] : '\0';

            // "Jean-Pierre", "AI-powered": a hyphen between letters stays inside the word.
            if (c == '-' && char.IsLetter(next))
            {
                h = WordHash.Add(h, c);
                j++;
                continue;
            }

            // "O'Brien", "don't"; but a possessive "'s" is its own token so "Li's" stays "Li".
            if (IsApostrophe(c) && char.IsLetter(next) && !IsPossessiveS(text, j + 1, end))
            {
                h = WordHash.Add(h, c);
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

                // Rare: hashed again from the start rather than folded in piece by piece.
                j = ContinueAbbreviation(text, j, end);
                hash = WordHash.Of(text, i, j - i);
                return j;
            }

            break;
        }

        hash = WordHash.Finish(h);
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

    private static int ScanNumber(string text, int i, int end, out int hash)
    {
        var h = WordHash.Seed;
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsDigit(c) || ((c == ',' || c == '.') && j + 1 < end && char.IsDigit(text[j + 1])))
            {
                h = WordHash.Add(h, c);
                j++;
                continue;
            }

            break;
        }

        hash = WordHash.Finish(h);
        return j;
    }
}
