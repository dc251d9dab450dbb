using System;
using System.Collections.Generic;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>The tokens of one paragraph, each flagged as inside or outside a quotation.</summary>
internal sealed class ParagraphView
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Sec", "Atty", "Gens", "Sens", "Reps", "Del", "Supt",
        "Cmdr", "Det", "Insp", "Msgr", "Fr", "Mt", "Ft", "Brig", "Cpl", "Pfc", "Spc", "Lt", "Mme", "Mlle",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Inc", "Corp", "Co", "Ltd",
    };

    public ParagraphView(string text, Paragraph paragraph)
    {
        Text = text;
        Paragraph = paragraph;
        Tokens = Tokenizer.Tokenize(text, paragraph.Start, paragraph.End);
        InQuote = new bool[Tokens.Count];
    }

    public string Text { get; }

    public Paragraph Paragraph { get; }

    public List<Token> Tokens { get; }

    /// <summary>True for tokens inside a quotation (marks included).</summary>
    public bool[] InQuote { get; }

    public int Count => Tokens.Count;

    /// <summary>Flags the tokens covered by <paramref name="spans"/> as quoted.</summary>
    public void MarkQuoted(IEnumerable<QuoteSpan> spans)
    {
        Array.Clear(InQuote, 0, InQuote.Length);
        foreach (var span in spans)
        {
            for (var i = 0; i < Tokens.Count; i++)
            {
                if (Tokens[i].Start >= span.Open && Tokens[i].Start < span.End)
                {
                    InQuote[i] = true;
                }
            }
        }
    }

    public string Word(int i) => Text.Substring(Tokens[i].Start, Tokens[i].Length);

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Word;

    public bool IsPunct(int i, char c) =>
        i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] == c;

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsLowerWord(int i) => IsWord(i) && char.IsLower(Text[Tokens[i].Start]);

    /// <summary>The word lower-cased, or "" for punctuation.</summary>
    public string Lower(int i) => IsWord(i) ? Word(i).ToLowerInvariant() : string.Empty;

    /// <summary>
    /// A reporting verb from the shared lexicon, less the forms that are more often plural nouns next to a
    /// quotation ("Democratic claims", "the states", "his notes").
    /// </summary>
    public bool IsReportingVerb(int i) =>
        IsLowerWord(i) && Lexicon.Get("reporting-verbs").Contains(Word(i)) && !NounLikeForms.Contains(Word(i));

    private static readonly HashSet<string> NounLikeForms = new(StringComparer.Ordinal)
    {
        "states", "notes", "claims", "replies", "suggests", "urges", "tweets", "posts",
    };

    /// <summary>A '.', '!', '?' or ';' that ends a sentence (not the dot of "Mr." or of an initial).</summary>
    public bool EndsSentence(int i)
    {
        if (Tokens[i].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = Text[Tokens[i].Start];
        if (c is '!' or '?' or ';')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        // "(D-Ohio.)", "R-Ky., said", "p.m. on", "D-N.Y.": a dot followed by these does not end a sentence.
        var next = i + 1;
        if (IsPunct(next, ',') || IsPunct(next, ')') || IsPunct(next, ';') || IsLowerWord(next)
            || (next < Tokens.Count && Tokens[next].Start == Tokens[i].End && Tokens[next].Kind == TokenKind.Word))
        {
            return false;
        }

        return !IsAbbreviationDot(i);
    }

    /// <summary>The dot after "Mr", "Sen" or a single initial.</summary>
    public bool IsAbbreviationDot(int i)
    {
        if (!IsPunct(i, '.') || !IsWord(i - 1) || Tokens[i - 1].End != Tokens[i].Start)
        {
            return false;
        }

        var word = Word(i - 1);
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int FirstAtOrAfter(int offset)
    {
        var i = 0;
        while (i < Tokens.Count && Tokens[i].Start < offset)
        {
            i++;
        }

        return i;
    }

    /// <summary>Index of the last token ending at or before <paramref name="offset"/> (-1 when none).</summary>
    public int LastEndingBy(int offset)
    {
        var i = Tokens.Count - 1;
        while (i >= 0 && Tokens[i].End > offset)
        {
            i--;
        }

        return i;
    }
}
