using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>
/// Reads a person's title from the words around the name: a run of title words before it
/// ("former Google CEO Eric Schmidt", "Chinese Premier Li Qiang" gives "Premier") and an
/// appositive after it ("Jane Roe, the French president's special envoy for AI,").
/// </summary>
internal static class TitleReader
{
    /// <summary>
    /// The title written in tokens [<paramref name="from"/>, <paramref name="to"/>) of a sentence, extended
    /// backwards over lower-case title words and modifiers; null when those tokens hold no title word.
    /// </summary>
    public static string? Before(NameContext context, int sentence, int from, int to)
    {
        var start = from;
        var hasTitle = false;
        for (var i = from; i < to; i++)
        {
            hasTitle |= context.Info(sentence, i).IsTitleWord;
        }

        // Lower-case words before the span: "former", "chief executive", and an organization before them.
        var j = from - 1;

        // "Sen. Jane Roe": the dot of an abbreviated title.
        if (j >= 1 && context.Word(sentence, j) == "." && context.Info(sentence, j - 1).IsTitleWord)
        {
            j--;
        }

        while (j >= 0 && context.Token(sentence, j).Kind == TokenKind.Word)
        {
            var word = context.Info(sentence, j);
            if (word.IsTitleWord && !context.IsCapitalised(sentence, j))
            {
                hasTitle = true;
            }
            else if (!word.IsTitleModifier && !(hasTitle && context.IsCapitalised(sentence, j) && !word.IsStopWord))
            {
                break;
            }

            start = j;
            j--;
        }

        // Drop what qualifies the holder rather than the office: "the", "Chinese", "South Korean".
        while (start < to && (IsPlaceOrHonorific(context.Info(sentence, start)) || IsCompassBeforePlace(context, sentence, start, to) ||
                              (context.Info(sentence, start).IsStopWord && !context.Info(sentence, start).IsTitleModifier)))
        {
            start++;
        }

        var end = to;
        while (end > start && context.Info(sentence, end - 1).IsHonorific)
        {
            end--;
        }

        if (!hasTitle || end <= start)
        {
            return null;
        }

        var anyTitle = false;
        for (var i = start; i < end; i++)
        {
            anyTitle |= context.Info(sentence, i).IsTitleHead || (i + 1 < end && IsTwoWordHead(context, sentence, i));
        }

        return anyTitle ? Text(context, sentence, start, end) : null;
    }

    /// <summary>
    /// The appositive after a name that ends at token <paramref name="after"/>: ", the French president's
    /// special envoy for AI," gives "special envoy for AI". Null when the words after the comma are no title.
    /// </summary>
    public static string? After(NameContext context, int sentence, int after)
    {
        var count = context.TokenCount(sentence);
        if (after >= count || context.Word(sentence, after) != ",")
        {
            return null;
        }

        var start = after + 1;
        var end = start;
        var hasTitle = false;
        while (end < count)
        {
            var token = context.Token(sentence, end);
            var info = context.Info(sentence, end);
            var word = info.Text;
            if (token.Kind == TokenKind.Punctuation && !Tokenizer.IsApostrophe(word[0]) && word != "-")
            {
                break;
            }

            if (token.Kind == TokenKind.Number || info.IsHonorific ||
                word is "who" or "whom" or "which" or "that" or "whose" or "and" or "said" or "says" or "told" or "is" or "was" or "has" or "had" or "where" or "when" or "while")
            {
                return null;
            }

            hasTitle |= info.IsTitleWord;
            end++;
        }

        // A long clause is no appositive; the owner before a possessive ("the French president's") does
        // not count towards the title's own length, checked below.
        if (!hasTitle || end - start > MaxAppositiveTokens || end == start)
        {
            return null;
        }

        // "Jane Roe, former Acme CEO John Doe, and ...": a title followed by a name is the next item of a
        // list, not Jane Roe's title.
        if (EndsWithPersonName(context, sentence, start, end))
        {
            return null;
        }

        // Skip the determiner and an owner before a possessive: "the French president's".
        for (var i = end - 1; i > start; i--)
        {
            if (Tokenizer.IsApostrophe(context.Word(sentence, i)[0]))
            {
                start = i + 1 < end && context.Word(sentence, i + 1) == "s" ? i + 2 : i + 1;
                break;
            }
        }

        while (start < end && (context.Info(sentence, start).IsStopWord || IsPlaceOrHonorific(context.Info(sentence, start))))
        {
            start++;
        }

        var any = false;
        for (var i = start; i < end; i++)
        {
            any |= context.Info(sentence, i).IsTitleHead || (i + 1 < end && IsTwoWordHead(context, sentence, i));
        }

        // "speaking of the health issue": a clause, not an appositive.
        var opening = context.Word(sentence, after + 1);
        if (opening.EndsWith("ing", System.StringComparison.Ordinal) || opening.EndsWith("ed", System.StringComparison.Ordinal))
        {
            return null;
        }

        return any && end > start && end - start <= MaxTitleTokens ? Text(context, sentence, start, end) : null;
    }

    /// <summary>Longest title read from an appositive ("chief adviser on housing policy").</summary>
    private const int MaxTitleTokens = 8;

    /// <summary>Longest appositive, owner included ("the French president's special envoy for AI").</summary>
    private const int MaxAppositiveTokens = 14;

    /// <summary>True when tokens [from, to) end with a capitalised given name and at least one more capitalised word.</summary>
    private static bool EndsWithPersonName(NameContext context, int sentence, int from, int to)
    {
        var first = to;
        while (first > from && context.IsCapitalised(sentence, first - 1) && context.Token(sentence, first - 1).Kind == TokenKind.Word)
        {
            first--;
        }

        for (var i = first; i < to - 1; i++)
        {
            if (context.Info(sentence, i).IsGivenName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"South" in "South Korean", "North" in "North Africa".</summary>
    private static bool IsCompassBeforePlace(NameContext context, int sentence, int i, int to) =>
        i + 1 < to && context.Word(sentence, i) is "North" or "South" or "East" or "West" or "Northern" or "Southern" or "Eastern" or "Western" &&
        context.Info(sentence, i + 1).IsPlace;

    /// <summary>"chief executive", "head coach": two qualifiers that make a title together.</summary>
    private static bool IsTwoWordHead(NameContext context, int sentence, int i) =>
        context.Word(sentence, i).Equals("chief", System.StringComparison.OrdinalIgnoreCase) &&
        context.Word(sentence, i + 1).Equals("executive", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsPlaceOrHonorific(WordInfo word) => word.IsPlace || word.IsHonorific;

    private static string Text(NameContext context, int sentence, int from, int to)
    {
        var first = context.Token(sentence, from);
        var last = context.Token(sentence, to - 1);
        return context.Article.Raw.Substring(first.Start, last.End - first.Start);
    }
}
