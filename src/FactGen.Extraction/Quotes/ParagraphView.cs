using System;
using System.Collections.Generic;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>The tokens of one paragraph, each flagged as inside or outside a quotation.</summary>
internal sealed class ParagraphView
{
    private static readonly SliceSet Abbreviations = new(new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Sec", "Atty", "Gens", "Sens", "Reps", "Del", "Supt",
        "Cmdr", "Det", "Insp", "Msgr", "Fr", "Mt", "Ft", "Brig", "Cpl", "Pfc", "Spc", "Lt", "Mme", "Mlle",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Inc", "Corp", "Co", "Ltd",
    });

    private static readonly Lexicon ReportingVerbs = Lexicon.Get("reporting-verbs");

    // Per token, one byte: bit 0 set inside a quotation; bits 1-2 the reporting-verb test, cached since the
    // attribution passes ask it many times per token (0 not yet known, 1 a reporting verb, 2 not one).
    // The flags live in one array for the whole article (reused between articles), this paragraph's
    // from _flagBase on.
    private const byte QuotedBit = 1;
    private byte[] _flags;
    private int _flagBase;
    private People.NameContext? _names;
    private int[] _tokenHashes;

    /// <param name="text">The article text.</param>
    /// <param name="paragraph">The paragraph.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="flags">Per token of the article, zero when the view is made.</param>
    /// <param name="flagBase">Index of the paragraph's first token in <paramref name="flags"/>.</param>
    /// <param name="names">The article's name context (word facts by token), or null to look words up by their text.</param>
    /// <param name="tokenHashes">Per token of the article (indexed as <paramref name="flags"/>), the <see cref="WordHash"/> of its text.</param>
    public ParagraphView(string text, Paragraph paragraph, TokenRange tokens, byte[] flags, int flagBase, People.NameContext? names, int[] tokenHashes)
    {
        Text = text;
        _flags = flags;
        _tokenHashes = tokenHashes;
        Reset(text, paragraph, tokens, flags, flagBase, names, tokenHashes);
    }

    /// <summary>
    /// Makes this object the view of another paragraph (parameters as for the constructor): the views of one
    /// thread are reused from article to article (see <see cref="ParagraphViews"/>).
    /// </summary>
    public void Reset(string text, Paragraph paragraph, TokenRange tokens, byte[] flags, int flagBase, People.NameContext? names, int[] tokenHashes)
    {
        _names = names;
        _tokenHashes = tokenHashes;
        Text = text;
        Paragraph = paragraph;
        Tokens = tokens;
        _flags = flags;
        _flagBase = flagBase;
    }

    /// <summary>Lets go of the article, once its extraction is done (the object waits on the thread for the next).</summary>
    public void Forget() => Reset(string.Empty, default, default, Array.Empty<byte>(), 0, null, Array.Empty<int>());

    public string Text { get; private set; }

    public Paragraph Paragraph { get; private set; }

    public TokenRange Tokens { get; private set; }

    /// <summary>True for token <paramref name="i"/> inside a quotation (marks included).</summary>
    public bool IsQuoted(int i) => (_flags[_flagBase + i] & QuotedBit) != 0;

    public int Count => Tokens.Length;

    /// <summary>Flags the tokens covered by <paramref name="count"/> spans of <paramref name="spans"/> from <paramref name="start"/> as quoted (the others not).</summary>
    public void MarkQuoted(List<QuoteSpan> spans, int start, int count)
    {
        ClearQuoted();
        for (var i = start; i < start + count; i++)
        {
            MarkQuoted(spans[i]);
        }
    }

    /// <summary>Clears every token's quoted flag, before the quotations are marked again.</summary>
    public void ClearQuoted()
    {
        for (var i = 0; i < Tokens.Length; i++)
        {
            _flags[_flagBase + i] &= unchecked((byte)~QuotedBit);
        }
    }

    /// <summary>Flags the tokens covered by <paramref name="span"/> as quoted.</summary>
    public void MarkQuoted(QuoteSpan span)
    {
        for (var i = FirstAtOrAfter(span.Open); i < Tokens.Length && Tokens[i].Start < span.End; i++)
        {
            _flags[_flagBase + i] |= QuotedBit;
        }
    }

    /// <summary>True when token <paramref name="i"/> is exactly <paramref name="word"/> (ordinal, no copy).</summary>
    public bool WordIs(int i, string word) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Length == word.Length && string.CompareOrdinal(Text, Tokens[i].Start, word, 0, word.Length) == 0;

    /// <summary>True when token <paramref name="i"/> is in <paramref name="set"/> (no copy).</summary>
    public bool WordIn(int i, SliceSet set) => i >= 0 && i < Tokens.Length && set.Contains(Text, Tokens[i].Start, Tokens[i].Length);

    /// <summary>
    /// True when token <paramref name="i"/> is in <paramref name="lexicon"/>, whose words' hashes are in
    /// <paramref name="hashes"/>: the token's hash rules most words out before the lookup.
    /// </summary>
    public bool WordIn(int i, Lexicon lexicon, HashFilter hashes) =>
        ((uint)i >= (uint)Tokens.Length || hashes.MayContain(_tokenHashes[_flagBase + i])) && WordIn(i, lexicon);

    /// <summary>True when token <paramref name="i"/> is in <paramref name="lexicon"/> (no copy).</summary>
    public bool WordIn(int i, Lexicon lexicon) => i >= 0 && i < Tokens.Length && lexicon.Contains(Text, Tokens[i].Start, Tokens[i].Length);

    /// <summary>True when the word ends with <paramref name="suffix"/> (ordinal, no copy).</summary>
    public bool WordEndsWith(int i, string suffix) =>
        Tokens[i].Length >= suffix.Length && string.CompareOrdinal(Text, Tokens[i].End - suffix.Length, suffix, 0, suffix.Length) == 0;

    /// <summary><c>Lower(i) == word</c> without the copy: <paramref name="word"/> must be lower case.</summary>
    public bool LowerIs(int i, string word)
    {
        if (!IsWord(i) || Tokens[i].Length != word.Length)
        {
            return false;
        }

        var start = Tokens[i].Start;
        for (var k = 0; k < word.Length; k++)
        {
            var c = Text[start + k];
            if (c != word[k] && char.ToLowerInvariant(c) != word[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>set.Contains(Lower(i))</c> without the copy (a non-word is never in a set).</summary>
    public bool LowerIn(int i, SliceSet set) => IsWord(i) && set.ContainsLowered(Text, Tokens[i].Start, Tokens[i].Length);

    /// <summary><c>lexicon.Contains(Lower(i))</c> without the copy (a non-word is never in a list).</summary>
    public bool LowerIn(int i, Lexicon lexicon) => IsWord(i) && lexicon.ContainsLowered(Text, Tokens[i].Start, Tokens[i].Length);

    /// <summary>
    /// The first token from <paramref name="from"/> on that may name who said something: a lower-case word
    /// outside quotations that may be a reporting verb (its word hash says so), or a capitalised word that opens a
    /// sentence; <see cref="Count"/> when none. One tight pass over the tokens, for the reported-subject search.
    /// </summary>
    public int NextSubjectCue(int from)
    {
        var tokens = Tokens;
        var text = Text;
        for (var i = from; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            var initial = text[token.Start];
            if (char.IsLower(initial))
            {
                if ((_flags[_flagBase + i] & QuotedBit) == 0 && ReportingVerbHashes.MayContain(_tokenHashes[_flagBase + i]))
                {
                    return i;
                }
            }
            else if (char.IsUpper(initial) && (i == 0 || (tokens[i - 1].Kind == TokenKind.Punctuation && EndsSentence(i - 1))))
            {
                // Only punctuation ends a sentence: a word before it settles the question without the call.
                return i;
            }
        }

        return tokens.Length;
    }

    /// <summary>The first character of token <paramref name="i"/> when it is a word, else '\0' (neither upper nor lower case).</summary>
    public char WordInitial(int i)
    {
        if ((uint)i >= (uint)Tokens.Length)
        {
            return '\0';
        }

        var token = Tokens[i];
        return token.Kind == TokenKind.Word ? Text[token.Start] : '\0';
    }

    public bool IsWord(int i) => i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Word;

    public bool IsPunct(int i, char c) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] == c;

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Start]);

    public bool IsLowerWord(int i) => IsWord(i) && char.IsLower(Text[Tokens[i].Start]);

    /// <summary>The word lower-cased, or "" for punctuation.</summary>
    // The thread's word table already holds every token of the article and its lowered form: no copies.
    public string Lower(int i) =>
        !IsWord(i) ? string.Empty
        : _names is { } names ? names.InfoAt(_flagBase + i).Lower.Text
        : People.WordTable.Current.Get(Text, Tokens[i].Start, Tokens[i].Length).Lower.Text;

    /// <summary>
    /// A reporting verb from the shared lexicon, less the forms that are more often plural nouns next to a
    /// quotation ("Democratic claims", "the states", "his notes").
    /// </summary>
    public bool IsReportingVerb(int i)
    {
        if (!IsLowerWord(i))
        {
            return false;
        }

        var known = (_flags[_flagBase + i] >> 1) & 3;
        if (known == 0)
        {
            // The flag index is the token's index in the article, which is how the name context numbers tokens
            // too, and the token hashes. A word whose hash no reporting verb has is none: most words are told
            // apart so, without looking the word up.
            var isVerb = ReportingVerbHashes.MayContain(_tokenHashes[_flagBase + i])
                && (_names is { } names ? names.InfoAt(_flagBase + i).IsReportingVerb : WordIn(i, ReportingVerbs) && !WordIn(i, NounLikeForms));
            known = isVerb ? 1 : 2;
            _flags[_flagBase + i] |= (byte)(known << 1);
        }

        return known == 1;
    }

    private static readonly HashFilter ReportingVerbHashes = new(ReportingVerbs.Entries);

    private static readonly SliceSet NounLikeForms = new(new[]
    {
        "states", "notes", "claims", "replies", "suggests", "urges", "tweets", "posts",
    });

    /// <summary>The test of <see cref="IsReportingVerb"/> on a word's text; the word table asks it once per word.</summary>
    internal static bool IsReportingVerbWord(string word) =>
        ReportingVerbs.Contains(word, 0, word.Length) && !NounLikeForms.Contains(word, 0, word.Length);

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
            || (next < Tokens.Length && Tokens[next].Start == Tokens[i].End && Tokens[next].Kind == TokenKind.Word))
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

        return WordIn(i - 1, Abbreviations) || (Tokens[i - 1].Length == 1 && char.IsUpper(Text[Tokens[i - 1].Start]));
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int FirstAtOrAfter(int offset) => TokenSearch.FirstAtOrAfter(Tokens, offset);

    /// <summary>Index of the last token ending at or before <paramref name="offset"/> (-1 when none).</summary>
    public int LastEndingBy(int offset)
    {
        // Token ends rise with the index: binary search for the first with End > offset.
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }
}
