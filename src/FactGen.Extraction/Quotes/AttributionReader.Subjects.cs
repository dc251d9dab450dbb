using System;
using System.Collections.Generic;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// The subject half of <see cref="AttributionReader"/>: reads the name, pronoun or description that
/// is the subject of a reporting verb, before it ("Roe said") or after it ("said Roe").
/// </summary>
internal static partial class AttributionReader
{
    /// <summary>Words that may stand between a subject and its verb ("Roe later said", "she has said").</summary>
    private static readonly SliceSet Fillers = new(new[] {
        "also", "later", "then", "again", "once", "previously", "recently", "repeatedly", "often", "has", "had",
        "have", "would", "will", "did", "does", "do", "just", "even", "still", "first", "further", "simply", "never",
        "always",
    });

    private static readonly SliceSet Pronouns = new(new[] { "he", "she", "they", "i", "we", "you", "it" });

    private static readonly SliceSet Determiners = new(new[] {
        "the", "a", "an", "one", "his", "her", "their", "its", "our", "another", "two", "three", "some", "several", "many",
    });

    private static readonly SliceSet Particles = new(new[] {
        "de", "van", "von", "der", "den", "al", "bin", "bint", "da", "di", "du", "le", "la", "del", "dos", "das", "ibn",
    });

    /// <summary>Words ending a description read after a verb ("said the senator from Ohio").</summary>
    private static readonly SliceSet DescriptionStops = new(new[] {
        "of", "from", "for", "in", "at", "on", "who", "whose", "which", "with", "to", "and", "during", "after", "before", "about",
    });

    private static bool IsBodyWord(ParagraphView view, int i) =>
        view.IsWord(i) && view.WordIn(i, OrganizationWords);

    private static bool NamesBody(ParagraphView view, Subject name)
    {
        var words = OrganizationWords;
        for (var i = name.First; i <= name.Last; i++)
        {
            if (view.WordIn(i, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words ending in "s" that are not plural nouns.</summary>
    private static readonly SliceSet NotPlurals = new(new[] {
        "was", "is", "has", "says", "adds", "as", "thus", "always", "perhaps", "afterwards", "towards", "sometimes",
        "his", "this", "yes", "plus", "unless", "whereas", "besides", "nonetheless", "nevertheless", "its",
    });

    /// <summary>Singular nouns that a capitalised modifier goes with ("said Danish officials", "said Labour sources").</summary>
    private static readonly SliceSet RoleNouns = new(new[] {
        "official", "spokesman", "spokeswoman", "spokesperson", "source", "leader", "aide", "adviser", "advisor",
        "government", "ministry", "department", "team", "side", "camp", "campaign", "party", "media", "press",
    });

    /// <summary>
    /// After "said Roe" may come an adverb, a preposition or a clause; a plural or role noun instead
    /// ("said British officials") shows the capitalised word was a modifier, not a name.
    /// </summary>
    private static bool MayFollowName(ParagraphView view, int i) =>
        !view.WordIn(i, RoleNouns) && !(view.WordEndsWith(i, "s") && !view.WordEndsWith(i, "ss")
            && !view.WordIn(i, NotPlurals) && !view.WordIn(i, ReportingVerbs));

    /// <summary>The subject that ends just before the verb at <paramref name="verb"/> (fillers skipped).</summary>
    private static Subject? ReadBefore(ParagraphView view, int verb, int limit)
    {
        var j = verb - 1;
        while (j >= limit && view.IsLowerWord(j) && (view.WordIn(j, Fillers) || view.WordEndsWith(j, "ly")))
        {
            j--;
        }

        if (j < limit)
        {
            return null;
        }

        // "Sen. Jane Roe (D-Ohio) said": skip the bracket.
        if (view.IsPunct(j, ')'))
        {
            var open = j - 1;
            while (open >= limit && open >= j - 8 && !view.IsPunct(open, '('))
            {
                open--;
            }

            if (open < limit || !view.IsPunct(open, '('))
            {
                return null;
            }

            j = open - 1;
            if (j < limit)
            {
                return null;
            }
        }

        if (view.LowerIn(j, Pronouns))
        {
            return new Subject(SubjectKind.Pronoun, j, j, view.Lower(j), false);
        }

        if (view.IsPunct(j, ','))
        {
            return BeforeAppositive(view, j, limit);
        }

        if (IsNameEnd(view, j))
        {
            var backward = NameBackward(view, j, limit);
            if (backward is not { } name)
            {
                return null;
            }

            if (name.Kind == SubjectKind.Description)
            {
                return NameBeforeOf(view, name, limit) ?? name;
            }

            // "Jane Roe, Hotel Association said": a body set after the person with one comma.
            if (NamesBody(view, name) && view.IsPunct(name.First - 1, ',') && name.First - 2 >= limit && IsNameEnd(view, name.First - 2))
            {
                return NameBackward(view, name.First - 2, limit) ?? name;
            }

            return name;
        }

        if (view.IsLowerWord(j))
        {
            // "the senator said", "a spokesman said"; a bare plural ("officials said") names no one.
            for (var m = j - 1; m >= limit && m >= j - 6; m--)
            {
                if (view.LowerIn(m, Determiners))
                {
                    return new Subject(SubjectKind.Description, m, j, view.Lower(j), IsIndefinite(view.Lower(m)));
                }

                if (!view.IsWord(m))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// "Roe, a spokeswoman for the agency, said", "Roe, R-Ohio, an adviser, said": the name is the
    /// nearest comma-delimited stretch (going back) that is a name and nothing else.
    /// </summary>
    private static Subject? BeforeAppositive(ParagraphView view, int comma, int limit)
    {
        var end = comma;
        for (var m = comma - 1; m >= limit - 1 && m >= comma - 40; m--)
        {
            if (m >= limit && !view.IsPunct(m, ','))
            {
                continue;
            }

            // Stretch (m, end): does it hold a name alone? ("Rep. Jane Roe (D-Ohio)" counts.)
            var last = end - 1;
            if (view.IsPunct(last, ')'))
            {
                while (last > m && !view.IsPunct(last, '('))
                {
                    last--;
                }

                last--;
            }

            if (last > m && IsNameEnd(view, last))
            {
                if (NameBackward(view, last, m + 1) is { Kind: SubjectKind.Name } name && !IsPartyTag(view, name)
                    && (name.First == m + 1 || IsLeadIn(view, m + 1, name.First)))
                {
                    return name;
                }
            }

            end = m;
        }

        return null;
    }

    /// <summary>"R-Texas", "D-N.Y.": a party and state tag between commas, not a name.</summary>
    private static bool IsPartyTag(ParagraphView view, Subject name)
    {
        var token = view.Tokens[name.First];
        return token.Length > 2 && view.Text[token.Start + 1] == '-' && char.IsUpper(view.Text[token.Start]);
    }

    /// <summary>Lower-case descriptive words before a name ("former adviser Jane Roe").</summary>
    private static bool IsLeadIn(ParagraphView view, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!view.IsWord(i) || view.LowerIn(i, DescriptionStops))
            {
                return false;
            }
        }

        return to - from <= 6;
    }

    /// <summary>"Roe of the Sierra Club said": a name before "of the …".</summary>
    private static Subject? NameBeforeOf(ParagraphView view, Subject description, int limit)
    {
        var p = description.First - 1;
        if (!(view.LowerIs(p, "of") || view.LowerIs(p, "at") || view.LowerIs(p, "for") || view.LowerIs(p, "from")) || !IsNameEnd(view, p - 1) || p - 1 < limit)
        {
            return null;
        }

        return NameBackward(view, p - 1, limit) is { Kind: SubjectKind.Name } name ? name : null;
    }

    /// <summary>The subject that starts at <paramref name="i"/>, just after an inverted verb ("said Roe").</summary>
    private static Subject? ReadAfter(ParagraphView view, int i, bool nounCheck = true)
    {
        if (i >= view.Count || view.IsQuoted(i))
        {
            return null;
        }

        if (view.LowerIn(i, Pronouns))
        {
            return new Subject(SubjectKind.Pronoun, i, i, view.Lower(i), false);
        }

        if (view.LowerIn(i, Determiners))
        {
            var lower = view.Lower(i);
            var j = i + 1;
            var last = -1;
            while (j < view.Count && j <= i + 8 && (view.IsWord(j) || view.IsAbbreviationDot(j)) && !view.IsQuoted(j) && !view.LowerIn(j, DescriptionStops))
            {
                last = j;
                j++;
            }

            if (last < 0 || IsPossessive(view, last + 1))
            {
                return null;
            }

            // "said the Rev. Jane Roe", "said the Republican nominee Jane Roe": a name ends the phrase.
            var named = ReadAfterName(view, i + 1, last);
            if (named is not null)
            {
                return named;
            }

            // "said her rival, Jane Roe": the name in apposition after the description.
            if (view.IsPunct(last + 1, ',') && view.IsCapitalized(last + 2))
            {
                if (ReadAfter(view, last + 2) is { Kind: SubjectKind.Name } apposed && !view.IsWord(apposed.Last + 1))
                {
                    return apposed;
                }
            }

            return new Subject(SubjectKind.Description, i, last, view.Lower(last), IsIndefinite(lower));
        }

        var described = nounCheck ? ReadDescribedName(view, i) : null;
        if (described is not null)
        {
            return described;
        }

        var end = NameEndAfter(view, i, nounCheck);
        return end < 0 ? null : new Subject(SubjectKind.Name, i, end, null, false);
    }

    /// <summary>Last token of the capitalised name that starts at <paramref name="i"/> ("Jane Roe", "Jean de Roe"), or -1 when none does.</summary>
    private static int NameEndAfter(ParagraphView view, int i, bool nounCheck)
    {
        if (!view.IsCapitalized(i) || view.WordIn(i, NotNames, NotNameHashes))
        {
            return -1;
        }

        var end = i;
        while (true)
        {
            var n = end + 1;
            if (view.IsAbbreviationDot(n))
            {
                end = n;
                continue;
            }

            if (view.IsCapitalized(n) && !view.WordIn(n, NotNames, NotNameHashes) && !view.IsQuoted(n))
            {
                end = n;
                continue;
            }

            if (view.IsLowerWord(n) && view.WordIn(n, Particles) && view.IsCapitalized(n + 1))
            {
                end = n + 1;
                continue;
            }

            break;
        }

        // "said British officials": a capitalised word that modifies a noun is no name.
        if (IsPossessive(view, end + 1) || (nounCheck && view.IsLowerWord(end + 1) && !MayFollowName(view, end + 1)))
        {
            return -1;
        }

        return end;
    }

    /// <summary>"said MSNBC host Jane Roe", "said 9/11 widow Jane Roe": a name after a short lead-in with a lower-case noun.</summary>
    private static Subject? ReadDescribedName(ParagraphView view, int i)
    {
        var j = i;
        var last = -1;
        var sawLower = false;
        // "Bank of Japan chief Jane Roe": "of" between capitalised words belongs to the body's name.
        while (j < view.Count && j <= i + 8 && !view.IsQuoted(j)
               && (!view.LowerIn(j, DescriptionStops) || (view.LowerIs(j, "of") && IsBodyWord(view, j - 1) && view.IsCapitalized(j + 1)))
               && (view.IsWord(j) || view.Tokens[j].Kind == TokenKind.Number || view.IsAbbreviationDot(j) || view.IsPunct(j, '/')))
        {
            sawLower |= view.IsLowerWord(j);
            last = j;
            j++;
        }

        if (!sawLower || last <= i || !view.IsCapitalized(last))
        {
            return null;
        }

        return ReadAfterName(view, i, last) is { } named && named.First > i && view.IsLowerWord(named.First - 1) ? named : null;
    }

    /// <summary>The capitalised run that ends a description at <paramref name="last"/>, when it holds more than titles.</summary>
    private static Subject? ReadAfterName(ParagraphView view, int from, int last)
    {
        var start = last + 1;
        while (start - 1 >= from && (view.IsCapitalized(start - 1) || view.IsAbbreviationDot(start - 1)) && !view.WordIn(start - 1, NotNames, NotNameHashes))
        {
            start--;
        }

        var titles = Titles;
        for (var n = start; n <= last; n++)
        {
            if (view.IsWord(n) && !view.WordIn(n, titles))
            {
                return new Subject(SubjectKind.Name, start, last, null, false);
            }
        }

        return null;
    }

    private static bool IsIndefinite(string determiner) => determiner is "a" or "an" or "one" or "another" or "two" or "three" or "some" or "several" or "many";

    /// <summary>"Roe’s" / "Roe's": the apostrophe and 's' after a name.</summary>
    private static bool IsPossessive(ParagraphView view, int i) =>
        (view.IsPunct(i, '\'') || view.IsPunct(i, '\u2019')) && (view.LowerIs(i + 1, "s") || !view.IsWord(i + 1));

    private static bool IsNameEnd(ParagraphView view, int j) =>
        (view.IsCapitalized(j) && !view.WordIn(j, NotNames, NotNameHashes)) || (view.IsAbbreviationDot(j) && (view.WordIs(j - 1, "Jr") || view.WordIs(j - 1, "Sr")));

    private static Subject? NameBackward(ParagraphView view, int end, int limit)
    {
        var start = end;
        while (true)
        {
            var p = start - 1;
            if (p < limit)
            {
                break;
            }

            if (view.IsAbbreviationDot(p))
            {
                start = p - 1;
                continue;
            }

            if (view.IsCapitalized(p) && !view.WordIn(p, NotNames, NotNameHashes))
            {
                start = p;
                continue;
            }

            if (view.IsLowerWord(p) && view.WordIn(p, Particles) && view.IsCapitalized(p - 1))
            {
                start = p - 1;
                continue;
            }

            break;
        }

        // "the Premier said", "the White House said": a capitalised description, not a name.
        if (start - 1 >= limit && view.LowerIn(start - 1, Determiners))
        {
            var before = view.Lower(start - 1);
            var head = view.IsAbbreviationDot(end) ? view.Lower(end - 1) : view.Lower(end);
            return new Subject(SubjectKind.Description, start - 1, end, head, IsIndefinite(before));
        }

        // "the Commission on Presidential Debates said": the tail of a longer capitalised name, not a person.
        if (start - 2 >= limit && (view.LowerIs(start - 1, "on") || view.LowerIs(start - 1, "of") || view.LowerIs(start - 1, "for") || view.LowerIs(start - 1, "and") || view.LowerIs(start - 1, "&")) && view.IsCapitalized(start - 2))
        {
            return null;
        }

        return new Subject(SubjectKind.Name, start, end, null, false);
    }

    private static readonly Lexicon NotNames = Lexicon.Get("quote-not-names");

    private static readonly HashFilter NotNameHashes = new(NotNames.Entries);

    private static readonly Lexicon OrganizationWords = Lexicon.Get("quote-organization-words");

    private static readonly Lexicon Titles = Lexicon.Get("quote-titles");
}
