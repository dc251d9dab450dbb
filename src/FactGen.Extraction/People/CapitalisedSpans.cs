using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>
/// Finds runs of capitalised words ("Eric Schmidt", "Bank of England", "J. Smith") in a sentence:
/// the candidates every name recogniser starts from. A sentence-initial function word ("The", "But")
/// is left out; all-capital headlines give no candidates because their capitals say nothing.
/// </summary>
internal static class CapitalisedSpans
{
    /// <summary>Adds the runs of <paramref name="sentence"/> to <paramref name="spans"/>.</summary>
    public static void Find(NameContext context, int sentence, List<NameSpan> spans)
    {
        // Headlines and datelines ("LONDON 1996-08-30") are written in capitals; a results line is not prose either way.
        if ((context.Shouting[sentence] && (!context.TableLine[sentence] || sentence < 3)) || IsDateline(context, sentence))
        {
            return;
        }

        var count = context.TokenCount(sentence);
        var i = 0;
        while (i < count)
        {
            if (!IsNameWord(context, sentence, i))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < count)
            {
                if (IsNameWord(context, sentence, end))
                {
                    end++;
                }
                else if (IsInitialDot(context, sentence, end) || IsInnerConnector(context, sentence, end) || IsRegnalNumber(context, sentence, end))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            var first = i;
            // "The", "However", or an adverb before a name that starts with a given name ("Later Anna Berg").
            var initial = end - first > 2 && context.Word(sentence, first).Length == 1 && context.Word(sentence, first + 1) == ".";
            if (!initial && context.IsClauseInitial(sentence, first) &&
                (IsCommonWord(context, context.Info(sentence, first)) ||
                 (end - first >= 3 && !context.Info(sentence, first).IsGivenName && !context.Info(sentence, first).IsTitleWord &&
                  !context.Info(sentence, first).IsHonorific && context.Info(sentence, first + 1).IsGivenName)))
            {
                first++;
            }

            // "Shares of Contoso": a sentence-initial common noun before "of" is not part of the name.
            if (first + 2 < end && context.IsClauseInitial(sentence, first) && context.Word(sentence, first + 1) is "of" or "for" &&
                !context.Info(sentence, first).IsOrganizationKeyword && !context.Info(sentence, first).IsTitleWord &&
                !context.Info(sentence, first).IsPlace)
            {
                first += 2;
            }

            if (end > first)
            {
                spans.Add(new NameSpan(sentence, first, end));
            }

            i = end;
        }
    }

    /// <summary>"LONDON 1996-08-30", "PARIS, Aug 30": a place and a date at the top of the article.</summary>
    private static bool IsDateline(NameContext context, int sentence)
    {
        if (sentence >= 3 || !context.TableLine[sentence])
        {
            return false;
        }

        // Only capitalised words, and all of them before the date.
        var seenNumber = false;
        for (var i = 0; i < context.TokenCount(sentence); i++)
        {
            var token = context.Token(sentence, i);
            seenNumber |= token.Kind == TokenKind.Number;
            if (token.Kind == TokenKind.Word && (seenNumber || char.IsLower(context.Word(sentence, i)[0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a capitalised word that may belong to a name (worked out once per token).</summary>
    public static bool IsNameWord(NameContext context, int sentence, int token)
    {
        var at = context.FlatIndex(sentence, token);
        var known = context.NameWords[at];
        if (known == 0)
        {
            known = context.NameWords[at] = ComputeIsNameWord(context, sentence, token) ? (sbyte)1 : (sbyte)-1;
        }

        return known > 0;
    }

    private static bool ComputeIsNameWord(NameContext context, int sentence, int token)
    {
        if (!context.IsCapitalised(sentence, token))
        {
            return false;
        }

        var info = context.Info(sentence, token);
        var word = info.Text;

        // An initial: "A. Dale", "I. Austin".
        if (word.Length == 1 && token + 2 < context.TokenCount(sentence) && context.Word(sentence, token + 1) == "." &&
            context.Token(sentence, token + 1).Start == context.Token(sentence, token).End && context.IsCapitalised(sentence, token + 2))
        {
            return true;
        }

        // "AI-powered", "Pro-democracy": a compound whose last part is an English word is an adjective;
        // "Young-hoon" or "In-so" are given names.
        if (info.HasLowerHyphenTail)
        {
            var hyphen = word.IndexOf('-');
            var tailWord = WordTable.Current.Get(word, hyphen + 1, word.Length - hyphen - 1);
            var tail = tailWord.Text;
            if (context.AppearsLowercase(tailWord) || tail.EndsWith("ed", System.StringComparison.Ordinal) || tail.EndsWith("ing", System.StringComparison.Ordinal) ||
                tail is "based" or "led" or "style" or "owned" or "run" or "made" or "born" or "backed" or "linked" or "funded")
            {
                return false;
            }
        }

        // "Jan Roe": an abbreviated month is a given name when no number or dot follows.
        if (info.IsCalendarAbbreviation && token + 1 < context.TokenCount(sentence) && context.IsCapitalised(sentence, token + 1))
        {
            return true;
        }

        return !info.IsFirstPersonI && !info.IsCalendarWord && !(info.BreaksNames && !context.IsSentenceInitial(sentence, token));
    }

    /// <summary>
    /// "AI-powered", "Pro-democracy": one inner hyphen followed by a lower-case letter, the shape of a compound
    /// whose tail may be an English word. Asked once per word of the table (<see cref="WordInfo.HasLowerHyphenTail"/>).
    /// </summary>
    internal static bool HasLowerHyphenTail(string word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && word.IndexOf('-') == hyphen;
    }

    /// <summary>"I", "I'm", "I\u2019ll": the pronoun, no name. Asked once per word of the table (<see cref="WordInfo.IsFirstPersonI"/>).</summary>
    internal static bool IsFirstPersonI(string word) =>
        word == "I" || word.StartsWith("I'", System.StringComparison.Ordinal) || word.StartsWith("I\u2019", System.StringComparison.Ordinal);

    /// <summary>
    /// Short function words, and prepositions capitalised in a headline ("Joins Forces With"), end a name.
    /// Asked once per word of the table (<see cref="WordInfo.BreaksNames"/>), not per token.
    /// </summary>
    internal static bool BreaksNames(string text, bool isStopWord) =>
        (isStopWord && text.Length < 4) ||
        text is "With" or "From" or "Over" or "Under" or "After" or "Before" or "Into" or "Through" or "Against" or "Between" or
            "About" or "Amid" or "Upon" or "Than" or "That" or "This" or "These" or "Those" or "When" or "Where" or "While" or "Will";

    /// <summary>A word a sentence may start with that is no name: a function word or a word the article also writes in lower case.</summary>
    public static bool IsCommonWord(NameContext context, WordInfo info)
    {
        var word = info.Text;
        return !(word.Length == 1 && char.IsUpper(word[0]) && word != "A") && !info.IsTitleWord && !info.IsHonorific &&
               (info.IsStopWord || context.AppearsLowercase(info) ||
                (word.EndsWith("ing", System.StringComparison.Ordinal) && word.Length > 5 && !info.IsGivenName) ||
                (word.EndsWith("ly", System.StringComparison.Ordinal) && word.Length > 4 && !info.IsGivenName));
    }

    /// <summary>"Henry VIII", "Elizabeth I": a Roman numeral after a given name.</summary>
    private static bool IsRegnalNumber(NameContext context, int sentence, int token)
    {
        if (!context.Info(sentence, token).IsRegnalNumeral)
        {
            return false;
        }

        var next = token + 1 < context.TokenCount(sentence) ? context.Token(sentence, token + 1) : (Token?)null;
        return context.Info(sentence, token - 1).IsGivenName && (next is null || next.Value.Kind != TokenKind.Word || char.IsLower(context.Word(sentence, token + 1)[0]));
    }

    /// <summary>"I" to "XVI"; asked once per word of the table (<see cref="WordInfo.IsRegnalNumeral"/>), not per token.</summary>
    internal static bool IsRegnalNumeral(string word) =>
        word is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X" or "XI" or "XII" or "XIII" or "XIV" or "XV" or "XVI";

    /// <summary>The dot after an initial ("J. Smith"): only between a single capital and a capitalised word.</summary>
    private static bool IsInitialDot(NameContext context, int sentence, int token)
    {
        var t = context.Token(sentence, token);
        if (t.Kind != TokenKind.Punctuation || context.Article.Raw[t.Start] != '.' || token + 1 >= context.TokenCount(sentence))
        {
            return false;
        }

        var before = context.Word(sentence, token - 1);
        return before.Length == 1 && char.IsUpper(before[0]) && IsNameWord(context, sentence, token + 1);
    }

    /// <summary>"van", "de", "of", "&amp;" between two capitalised words.</summary>
    private static bool IsInnerConnector(NameContext context, int sentence, int token)
    {
        if (token + 1 >= context.TokenCount(sentence) || !IsNameWord(context, sentence, token + 1))
        {
            return false;
        }

        var word = context.Info(sentence, token);
        return word.Text == "&" || (context.Token(sentence, token).Kind == TokenKind.Word && word.IsConnector);
    }
}
