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
                word is "who" or "whom" or "which" or "that" or "whose" or "and" or "said" or "says" or "told" or "is" or "was" or "has" or "had" or "where" or "when" or "while" ||
                word is "are" or "were" or "be" or "been" or "have" or "will" or "would" or "can" or "could" or "may" or "might" or "must" or "should" or "did" or "does")
            {
                return null;
            }

            hasTitle |= info.IsTitleWord;
            end++;
        }

        if (!hasTitle || end == start || end - start > MaxAppositiveTokens)
        {
            return null;
        }

        // "Jane Roe, former Acme CEO John Doe, and ...": a title followed by a name is the next item of a
        // list, not Jane Roe's title ("aide to John Doe" is a title: the name follows a preposition).
        if (EndsWithListedPerson(context, sentence, start, end))
        {
            return null;
        }

        // Skip the determiner and an owner before a possessive: "the French president's". Without an
        // owner, a long run of words is a clause rather than an appositive.
        var hasOwner = false;
        for (var i = end - 1; i > start; i--)
        {
            if (Tokenizer.IsApostrophe(context.Word(sentence, i)[0]))
            {
                start = i + 1 < end && context.Word(sentence, i + 1) == "s" ? i + 2 : i + 1;
                hasOwner = true;
                break;
            }
        }

        if (!hasOwner && end - (after + 1) > MaxTitleTokens)
        {
            return null;
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

    /// <summary>Longest appositive with an owner ("the French president's special envoy for AI").</summary>
    private const int MaxAppositiveTokens = 14;

    /// <summary>
    /// True when tokens [from, to) end with a person's name (a capitalised run of two or more words that
    /// starts with a given name) and the words before it hold no preposition that ties the name to the title.
    /// </summary>
    private static bool EndsWithListedPerson(NameContext context, int sentence, int from, int to)
    {
        var first = to;
        while (first > from && context.Token(sentence, first - 1).Kind == TokenKind.Word && context.IsCapitalised(sentence, first - 1))
        {
            first--;
        }

        // The name starts at a given name inside the run ("Acme CEO John Doe") and has a word after it.
        var name = first;
        while (name < to - 1 && !context.Info(sentence, name).IsGivenName)
        {
            name++;
        }

        // Inside the run the name must follow a title word ("CEO John Doe"), not a place ("New York Democrat").
        if (name >= to - 1 || name == from || (name > first && !context.Info(sentence, name - 1).IsTitleWord))
        {
            return false;
        }

        // "spokesman for trade commissioner John Doe", "aide to John Doe": the name completes the title.
        for (var i = from; i < name; i++)
        {
            if (context.Word(sentence, i) is "to" or "for" or "at" or "of" or "with" or "from" or "in" or "on" or "by" or "under")
            {
                return false;
            }
        }

        return true;
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
