using System;
using System.Collections.Generic;

namespace FactGen.Extraction.Text;

/// <summary>
/// Splits an article into sentences. A line break always ends a sentence (news text puts one
/// paragraph per line); inside a line a sentence ends at '.', '!' or '?' (after any closing quotes
/// or brackets) when the next word starts a new sentence and the dot does not end an abbreviation.
/// </summary>
public static class SentenceSplitter
{
    private static readonly SliceSet Abbreviations = new(new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cmdr", "Adm",
        "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Amb", "Sec",
        "Inc", "Corp", "Ltd", "Co", "Bros", "Plc", "Cos", "Dept", "Univ", "Assn",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "vs", "v", "etc", "approx", "Ave", "Blvd", "Rd", "Fig", "al", "ca", "cf",
    });

    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    public static List<Sentence> Split(ArticleText text)
    {
        // Gathered in a reused list and copied out at their exact count, so no list grows by doubling.
        var sentences = _scratch ??= new List<Sentence>(256);
        Split(text, sentences, null);
        var exact = new List<Sentence>(sentences.Count);
        exact.AddRange(sentences);
        sentences.Clear();
        return exact;
    }

    /// <summary>
    /// Splits <paramref name="text"/> into sentences, into <paramref name="sentences"/> (emptied first); the
    /// objects of <paramref name="reuse"/> are made the new sentences, and new ones are added to it.
    /// </summary>
    internal static void Split(ArticleText text, List<Sentence> sentences, List<Sentence>? reuse)
    {
        var s = text.Text;
        sentences.Clear();
        var paragraph = -1;
        var lineStart = 0;
        while (lineStart <= s.Length)
        {
            var lineEnd = s.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = s.Length;
            }

            if (!IsBlank(s, lineStart, lineEnd))
            {
                paragraph++;
                SplitLine(s, lineStart, lineEnd, paragraph, sentences, reuse);
            }

            lineStart = lineEnd + 1;
        }
    }

    [ThreadStatic]
    private static List<Sentence>? _scratch;

    private static void SplitLine(string s, int start, int end, int paragraph, List<Sentence> sentences, List<Sentence>? reuse)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            i = s.IndexOfAny(SentenceEnds, i, end - i);
            if (i < 0)
            {
                break;
            }

            var c = s[i];

            var j = i + 1;
            while (j < end && IsCloser(s[j]))
            {
                j++;
            }

            if (j >= end || s[j] != ' ')
            {
                continue;
            }

            var k = j;
            while (k < end && s[k] == ' ')
            {
                k++;
            }

            if (k >= end || !StartsSentence(s[k]))
            {
                continue;
            }

            if (c == '.' && EndsAbbreviation(s, start, i, k, end))
            {
                continue;
            }

            Add(s, sentenceStart, j, paragraph, sentences, reuse);
            sentenceStart = k;
            i = k - 1;
        }

        Add(s, sentenceStart, end, paragraph, sentences, reuse);
    }

    private static readonly char[] SentenceEnds = { '.', '!', '?' };

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '\u2022' or '-' or '\u2014';

    /// <summary>
    /// True when the word before the dot at <paramref name="dot"/> is an abbreviation or an initial, so the
    /// dot does not end the sentence; <paramref name="next"/> is where the following word starts.
    /// </summary>
    private static bool EndsAbbreviation(string s, int lineStart, int dot, int next, int lineEnd)
    {
        var w = dot;
        while (w > lineStart && (char.IsLetter(s[w - 1]) || s[w - 1] == '.'))
        {
            w--;
        }

        var length = dot - w;
        if (length == 0)
        {
            return false;
        }

        // "J. Smith": a single capital is an initial.
        if (length == 1 && char.IsUpper(s[w]))
        {
            return true;
        }

        // "U.N. Security Council", "the U.S. Congress": a dotted abbreviation runs on into a capitalised
        // name, but "... in the U.S. The next day" starts a sentence with a function word.
        if (s.IndexOf('.', w, length) >= 0)
        {
            var nextLength = NextWordLength(s, next, lineEnd);
            return nextLength > 0 && !SentenceStarters.Contains(s, next, nextLength);
        }

        return Abbreviations.Contains(s, w, length);
    }

    private static int NextWordLength(string s, int start, int lineEnd)
    {
        var end = start;
        while (end < lineEnd && char.IsLetter(s[end]))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>Capitalised function words that typically open a sentence, never a name.</summary>
    private static readonly SliceSet SentenceStarters = new(new[]
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "We", "They", "I", "You",
        "His", "Her", "Their", "Our", "My", "There", "But", "And", "Or", "So", "Yet", "However", "In", "On", "At",
        "For", "From", "By", "With", "After", "Before", "When", "While", "If", "As", "Since", "Although", "Meanwhile",
        "Officials", "Some", "Many", "Most", "Other", "Others", "Both", "Such", "What", "Why", "How", "Who", "Last",
        "Next", "Earlier", "Later", "Now", "Still", "Also", "Under", "Among", "Despite", "Over", "About",
    });

    private static void Add(string s, int start, int end, int paragraph, List<Sentence> sentences, List<Sentence>? reuse)
    {
        while (start < end && char.IsWhiteSpace(s[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        // A run-on stretch far longer than any real sentence (a hostile or garbled file) is cut at spaces,
        // so the work done per sentence, and the sentence quoted in each evidence, stay bounded.
        while (end - start > MaxSentenceLength)
        {
            var cut = s.LastIndexOf(' ', start + MaxSentenceLength - 1, MaxSentenceLength / 2);
            cut = cut > start ? cut : start + MaxSentenceLength;
            sentences.Add(new Sentence(start, cut, s, paragraph));
            start = cut;
            while (start < end && s[start] == ' ')
            {
                start++;
            }
        }

        if (end > start)
        {
            var k = sentences.Count;
            Sentence sentence;
            if (reuse is not null && k < reuse.Count)
            {
                sentence = reuse[k];
                sentence.Reset(start, end, s, paragraph);
            }
            else
            {
                sentence = new Sentence(start, end, s, paragraph);
                reuse?.Add(sentence);
            }

            sentences.Add(sentence);
        }
    }

    /// <summary>The longest sentence kept whole: about twice the longest in the research corpora (1,063 characters).</summary>
    internal const int MaxSentenceLength = 2000;

    private static bool IsBlank(string s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
