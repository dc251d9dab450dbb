using System;
using System.Collections.Generic;
using System.Text;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>A written name of an event.</summary>
/// <param name="Start">Offset of the name's first word.</param>
/// <param name="Length">Length of the name.</param>
/// <param name="Name">The name ("Global Robotics Congress").</param>
/// <param name="Acronym">The acronym in parentheses after it ("GRC"), or null.</param>
/// <param name="Year">The year written before or after it ("2025 World Expo"), or null.</param>
internal sealed record EventNameMention(int Start, int Length, string Name, string? Acronym, int? Year);

/// <summary>
/// Finds event names: a run of capitalised words ending in an event word ("Conference",
/// "Summit", "Games"...; lexicon event-heads), with "of", "on", "for", "and", "the" allowed
/// inside; an acronym in parentheses after it; a year before or after it. A recurring event
/// named only by an acronym ("this year's CES") is found too.
/// </summary>
internal static class EventNameFinder
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "on", "for", "the", "&", "de" };

    /// <summary>Capitalised words that open a sentence or phrase but never an event's name.</summary>
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "At", "In", "On", "During", "After", "Before", "From", "For",
        "With", "By", "Since", "Of", "And", "But", "Or", "As", "To", "Its", "Their", "His", "Her", "Our", "Last", "Next",
        "Every", "Each", "Annual", "Speaking", "While", "When", "Ahead", "Under", "Until", "Year's", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Inside", "Outside", "Opening", "Closing",
    };

    /// <summary>First words of names of standing bodies that end in an event word ("Organisation of ... Conference").</summary>
    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "Organisation", "Organization", "Office", "Department", "Ministry", "Council", "Union", "Party", "Association",
        "Federation", "Commission", "Committee", "Results",
    };

    // The word lists above, for tests on a token's text in place.
    private static readonly SliceSet ConnectorWords = new(Connectors);
    private static readonly SliceSet NotNameWordSet = new(NotNameWords);
    private static readonly SliceSet BodyWordSet = new(BodyWords);

    private static readonly Lazy<SliceSet> Heads = new(() => new SliceSet(Lexicon.Get("event-heads").Entries));

    private static readonly Lazy<HashFilter> HeadHashes = new(() => new HashFilter(Lexicon.Get("event-heads").Entries));

    /// <summary>True for an event word ("Conference", "Summit"); the word table asks it once per word.</summary>
    internal static bool IsHead(string word) => Heads.Value.Contains(word, 0, word.Length);

    /// <summary>Every event-name mention in the article, in text order.</summary>
    public static List<EventNameMention> Find(ArticleAnalysis article)
    {
        var heads = Heads.Value;
        var found = new List<EventNameMention>();
        var raw = article.Raw;
        var names = article.Names;
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            if (names is not null && !names.MayNameEventSentences[s])
            {
                continue;
            }

            var tokens = article.SentenceTokens[s];
            var firstToken = article.FirstTokenOf(s);

            // Recurring acronyms need a four-digit edition year or the word "year" (never first): noted on the way.
            var mayNameEdition = false;
            for (var i = 1; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Length == 4 && (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && TokenText.Is(article, token, "year"))))
                {
                    mayNameEdition = true;
                }

                if (token.Kind != TokenKind.Word || token.Length < 3 || token.Length > 13 || !char.IsUpper(raw[token.Start]))
                {
                    continue;
                }

                // The token's hash rules out most words before their word facts are fetched. "Office of Fair
                // Trading": a head followed by another capitalised word does not end a name.
                if (HeadHashes.Value.MayContain(article.TokenHashes[firstToken + i])
                    && (names is null ? article.In(token, heads) : names.InfoAt(firstToken + i).IsEventHead)
                    && !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(raw[tokens[i + 1].Start])))
                {
                    var mention = NameEndingAt(article, tokens, i);
                    if (mention is not null)
                    {
                        found.Add(mention);
                    }
                }
            }

            if (mayNameEdition)
            {
                FindRecurringAcronyms(article, tokens, found);
            }
        }

        return found;
    }

    /// <summary>The acronym of a name: initials of its words, an all-capital word counts whole ("World Robot Expo" → "WRE", "Nordic ML Expo" → "NMLE").</summary>
    public static string AcronymOf(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in name.Split(' '))
        {
            if (word.Length == 0 || Connectors.Contains(word))
            {
                continue;
            }

            if (IsAcronym(word))
            {
                builder.Append(word);
            }
            else if (char.IsLetterOrDigit(word[0]))
            {
                builder.Append(char.ToUpperInvariant(word[0]));
            }
        }

        return builder.ToString();
    }

    /// <summary>As <see cref="IsAcronym(string)"/> for the token's text, read in place.</summary>
    private static bool IsAcronym(ArticleAnalysis article, Token token) => IsAcronym(article.Raw, token.Start, token.Length);

    /// <summary>True for an all-capital word of two or more letters ("CES", "G20").</summary>
    public static bool IsAcronym(string word) => IsAcronym(word, 0, word.Length);

    private static bool IsAcronym(string text, int start, int length)
    {
        if (length < 2 || !char.IsUpper(text[start]))
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (!char.IsUpper(text[i]) && !char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static EventNameMention? NameEndingAt(ArticleAnalysis article, TokenRange tokens, int head)
    {
        // Words are tested in place: most heads make no name, and their words are never cut out.
        var raw = article.Raw;
        var first = head;
        for (var j = head - 1; j >= 0; j--)
        {
            var token = tokens[j];
            if (token.Kind != TokenKind.Word || token.End + 1 < tokens[j + 1].Start)
            {
                break;
            }

            if (article.In(token, ConnectorWords))
            {
                // "Festival of the Arts": a connector needs a capitalised word (or "of the") before it.
                var joins = j > 0 && (TokenText.Is(article, token, "the")
                    ? TokenText.Is(article, tokens[j - 1], "of") || TokenText.Is(article, tokens[j - 1], "on") || TokenText.Is(article, tokens[j - 1], "for")
                    : char.IsUpper(raw[tokens[j - 1].Start]) && !article.In(tokens[j - 1], NotNameWordSet));
                if (!joins)
                {
                    break;
                }

                continue;
            }

            if (!char.IsUpper(raw[token.Start]) || article.In(token, NotNameWordSet) || NewsCalendar.IsMonthName(raw, token.Start, token.Length))
            {
                break;
            }

            first = j;
        }

        var last = ForwardEnd(article, tokens, head);
        if (first == head && last == head)
        {
            return null;
        }

        // "Organisation of Islamic Conference", "African National Congress": bodies, not gatherings.
        if (article.In(tokens[first], BodyWordSet)
            || (TokenText.Is(article, tokens[head], "Congress") && head > 0 && TokenText.Is(article, tokens[head - 1], "National")))
        {
            return null;
        }

        int? year = null;
        if (first > 0 && tokens[first - 1].Kind == TokenKind.Number && YearOf(article, tokens[first - 1]) is { } before)
        {
            year = before;
        }
        else if (last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Number && YearOf(article, tokens[last + 1]) is { } after)
        {
            year = after;
        }

        string? acronym = null;
        var afterName = last + 1 + (year is not null && last + 1 < tokens.Count && tokens[last + 1].Kind == TokenKind.Number ? 1 : 0);
        if (afterName + 2 < tokens.Count && IsPunct(article, tokens[afterName], '(') && IsPunct(article, tokens[afterName + 2], ')')
            && tokens[afterName + 1].Kind == TokenKind.Word && IsAcronym(article, tokens[afterName + 1]))
        {
            acronym = article.TextOf(tokens[afterName + 1]);
        }

        var start = tokens[first].Start;
        var name = article.Raw.Substring(start, tokens[last].End - start);
        return new EventNameMention(start, name.Length, name, acronym, year);
    }

    /// <summary>"Festival of the Northern Lights", "Summit on Climate Action": capitalised words after "of"/"on"/"for" (and "the").</summary>
    private static int ForwardEnd(ArticleAnalysis article, TokenRange tokens, int head)
    {
        var k = head + 1;
        if (k >= tokens.Count || !(TokenText.Is(article, tokens[k], "of") || TokenText.Is(article, tokens[k], "on") || TokenText.Is(article, tokens[k], "for")))
        {
            return head;
        }

        k++;
        if (k < tokens.Count && TokenText.Is(article, tokens[k], "the"))
        {
            k++;
        }

        var raw = article.Raw;
        var last = head;
        for (; k < tokens.Count && tokens[k].Kind == TokenKind.Word; k++)
        {
            var token = tokens[k];
            if (!char.IsUpper(raw[token.Start]) || article.In(token, NotNameWordSet) || NewsCalendar.IsMonthName(raw, token.Start, token.Length))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    /// <summary>
    /// An acronym used as a recurring event: "this year's CES", "last year's MWC", or an acronym
    /// with the edition's year beside it ("CES 2024", "the 2024 CES").
    /// </summary>
    private static void FindRecurringAcronyms(ArticleAnalysis article, TokenRange tokens, List<EventNameMention> found)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (a, b) = (tokens[i], tokens[i + 1]);

            // Both shapes need a four-character number beside a word: most pairs fail here.
            if (!(a.Kind == TokenKind.Word && b.Kind == TokenKind.Number && b.Length == 4)
                && !(a.Kind == TokenKind.Number && a.Length == 4 && b.Kind == TokenKind.Word))
            {
                continue;
            }

            var acronymThenYear = a.Kind == TokenKind.Word && a.Length is >= 3 and <= 6 && char.IsUpper(article.Raw[a.Start])
                && b.Kind == TokenKind.Number && b.Length == 4 && YearOf(article, b) is not null;

            // "the 2024 CES", not "in 2023 GDP grew".
            var yearThenAcronym = a.Kind == TokenKind.Number && a.Length == 4 && b.Kind == TokenKind.Word && b.Length is >= 3 and <= 6
                && char.IsUpper(article.Raw[b.Start]) && i > 0 && (TokenText.Is(article, tokens[i - 1], "the") || TokenText.Is(article, tokens[i - 1], "The"))
                && YearOf(article, a) is not null
                && (i + 2 >= tokens.Count || tokens[i + 2].Kind != TokenKind.Word || !char.IsUpper(article.Raw[tokens[i + 2].Start]));
            var word = acronymThenYear ? a : b;
            if ((acronymThenYear || yearThenAcronym) && word.Length is >= 3 and <= 6 && b.Start - a.End == 1
                && IsAcronym(article, word) && !InCapitalsOrDate(article, tokens, i) && PlaceGazetteer.City(article.TextOf(word)) is null
                && PlaceGazetteer.Country(article.TextOf(word)) is null)
            {
                var year = YearOf(article, acronymThenYear ? b : a)!.Value;
                found.Add(new EventNameMention(word.Start, word.Length, article.TextOf(word), null, year));
            }
        }

        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i + 2].Kind != TokenKind.Punctuation || tokens[i].Kind != TokenKind.Word || !TokenText.Is(article, tokens[i + 1], "year")
                || tokens[i + 2].Kind != TokenKind.Punctuation || !Tokenizer.IsApostrophe(article.Raw[tokens[i + 2].Start]))
            {
                continue;
            }

            var which = article.TextOf(tokens[i]).ToLowerInvariant();
            if (which is not ("this" or "last" or "next") || tokens[i + 3].Kind != TokenKind.Word || article.TextOf(tokens[i + 3]) != "s")
            {
                continue;
            }

            if (i + 4 < tokens.Count && tokens[i + 4].Kind == TokenKind.Word && IsAcronym(article.TextOf(tokens[i + 4]))
                && article.TextOf(tokens[i + 4]).Length >= 3
                && (i + 5 >= tokens.Count || tokens[i + 5].Kind != TokenKind.Word || !char.IsUpper(article.Raw[tokens[i + 5].Start])))
            {
                var t = tokens[i + 4];
                found.Add(new EventNameMention(t.Start, t.Length, article.TextOf(t), null, null));
            }
        }
    }

    /// <summary>
    /// "LONDON 1996-08-30" (a dateline) or "WORLD CUP 1998 FINAL" (a headline in capitals): the pair at
    /// <paramref name="i"/> is part of a date or of a run of capitalised words, not an event edition.
    /// </summary>
    private static bool InCapitalsOrDate(ArticleAnalysis article, TokenRange tokens, int i)
    {
        var after = i + 2 < tokens.Count ? tokens[i + 2] : default;
        if (after.Length > 0 && after.Kind == TokenKind.Punctuation && after.Start == tokens[i + 1].End && article.Raw[after.Start] is '-' or '/' or '.')
        {
            return true;
        }

        var before = i > 0 ? tokens[i - 1] : default;
        return (before.Length > 1 && before.Kind == TokenKind.Word && IsAcronym(article, before))
            || (after.Length > 1 && after.Kind == TokenKind.Word && IsAcronym(article, after));
    }

    /// <summary>
    /// The year a four-digit number token writes (1900-2100), read in place, or null. (What parsing its text
    /// as an integer gives: a four-character integer in that range is four ASCII digits.)
    /// </summary>
    private static int? YearOf(ArticleAnalysis article, Token number)
    {
        if (number.Length != 4)
        {
            return null;
        }

        var value = 0;
        for (var i = number.Start; i < number.End; i++)
        {
            var c = article.Raw[i];
            if (c < '0' || c > '9')
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value is >= 1900 and <= 2100 ? value : null;
    }

    private static bool IsPunct(ArticleAnalysis article, Token token, char c) =>
        token.Kind == TokenKind.Punctuation && article.Raw[token.Start] == c;
}
