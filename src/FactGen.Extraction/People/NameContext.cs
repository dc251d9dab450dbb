using System;
using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>What the whole article says about its words, computed once for every recogniser.</summary>
internal sealed class NameContext
{
    private readonly HashSet<string> _lowerVocabulary = new(System.StringComparer.Ordinal);

    public NameContext(ArticleAnalysis article)
    {
        Article = article;
        Shouting = new bool[article.Sentences.Count];
        TableLine = new bool[article.Sentences.Count];
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var upper = 0;
            var words = 0;
            var longWords = 0;
            var capitalisedLong = 0;
            var numbers = 0;
            foreach (var token in article.SentenceTokens[s])
            {
                if (token.Kind == TokenKind.Number)
                {
                    numbers++;
                }

                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                var text = article.TextOf(token);
                if (char.IsLower(text[0]))
                {
                    _lowerVocabulary.Add(text);
                }

                if (text.Length > 3)
                {
                    longWords++;
                    capitalisedLong += char.IsUpper(text[0]) ? 1 : 0;
                }

                if (text.Length > 1)
                {
                    words++;
                    if (IsAllUpper(text))
                    {
                        upper++;
                    }
                }
            }

            // All capitals, or a headline in title case ("China Proposes New Rules For Banks").
            Shouting[s] = (words >= 2 && upper * 10 >= words * 7) || (s < 2 && capitalisedLong >= 5 && capitalisedLong * 10 >= longWords * 9 && (numbers == 0 || s == 0) &&
                                                                    (s == 0 || !article.Sentences[s].Text.EndsWith(".", System.StringComparison.Ordinal)));
            TableLine[s] = numbers >= 2 && numbers * 2 >= words;
        }

        var tables = 0;
        foreach (var line in TableLine)
        {
            tables += line ? 1 : 0;
        }

        // Tables of market prices are no sports report: a results table comes with some sports word.
        var (strong, weak) = SportsVocabulary.Count(article);
        SportsLike = (tables >= 4 && tables * 4 >= article.Sentences.Count && strong + weak >= 1) || (strong >= 2 && strong + weak >= 4) || strong >= 4;
    }

    public ArticleAnalysis Article { get; }

    /// <summary>Headlines and other all-capital sentences, where capitals say nothing about names.</summary>
    public bool[] Shouting { get; }

    /// <summary>Lines of a results table or list: as many numbers as words.</summary>
    public bool[] TableLine { get; }

    /// <summary>An article made largely of tables (sports results, market reports).</summary>
    public bool SportsLike { get; }

    /// <summary>True when the word also appears in lower case in the article ("Government" vs "government").</summary>
    public bool AppearsLowercase(string word) => _lowerVocabulary.Contains(word.ToLowerInvariant());

    public string Word(int sentence, int token) => Article.TextOf(Article.SentenceTokens[sentence][token]);

    public Token Token(int sentence, int token) => Article.SentenceTokens[sentence][token];

    public int TokenCount(int sentence) => Article.SentenceTokens[sentence].Count;

    /// <summary>The text a span covers, as written.</summary>
    public string TextOf(NameSpan span)
    {
        var tokens = Article.SentenceTokens[span.Sentence];
        var start = tokens[span.First].Start;
        return Article.Raw.Substring(start, tokens[span.End - 1].End - start);
    }

    public int StartOf(NameSpan span) => Article.SentenceTokens[span.Sentence][span.First].Start;

    public int LengthOf(NameSpan span)
    {
        var tokens = Article.SentenceTokens[span.Sentence];
        return tokens[span.End - 1].End - tokens[span.First].Start;
    }

    /// <summary>True when the token is a word that starts with a capital letter.</summary>
    public bool IsCapitalised(int sentence, int token)
    {
        var t = Token(sentence, token);
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var c = Article.Raw[t.Start];
        if (char.IsUpper(c))
        {
            return true;
        }

        // "al-Abidine", "el-Sisi": an Arabic article before a capitalised name.
        var text = Article.Raw.Substring(t.Start, t.Length);
        if ((text.StartsWith("al-", StringComparison.Ordinal) || text.StartsWith("el-", StringComparison.Ordinal)) && text.Length > 3 && char.IsUpper(text[3]))
        {
            return true;
        }

        // "iFlytek", "eBay": a lower-case first letter before a capital.
        return t.Length > 2 && char.IsLower(c) && char.IsUpper(Article.Raw[t.Start + 1]) && char.IsLower(Article.Raw[t.Start + 2]);
    }

    /// <summary>True when the token is the first word of its sentence (after opening quotes or bullets).</summary>
    public bool IsSentenceInitial(int sentence, int token)
    {
        for (var i = 0; i < token; i++)
        {
            var t = Token(sentence, i);
            if (t.Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the token starts a sentence or a quotation ("titled \u201CWinning the race\u201D").</summary>
    public bool IsClauseInitial(int sentence, int token)
    {
        if (IsSentenceInitial(sentence, token))
        {
            return true;
        }

        var before = Word(sentence, token - 1);
        return before is "\u201C" or "\"" or "\u2018" or ":" or "(";
    }

    /// <summary>True when the token follows a possessive "'s" or "'" ("Li's" gives "Li", then "'", "s").</summary>
    public bool IsFollowedByPossessive(int sentence, int token)
    {
        if (token + 1 >= TokenCount(sentence))
        {
            return false;
        }

        var next = Token(sentence, token + 1);
        return next.Kind == TokenKind.Punctuation && Tokenizer.IsApostrophe(Article.Raw[next.Start]) && next.Start == Token(sentence, token).End;
    }

    public static bool IsAllUpper(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters > 0;
    }
}
