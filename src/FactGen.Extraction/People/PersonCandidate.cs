using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>
/// A capitalised span read as a person's name: the name tokens, the title around them and whether the
/// span carries enough evidence on its own to introduce a new person. A struct: an article reads hundreds.
/// </summary>
internal readonly struct PersonCandidate
{
    private PersonCandidate(string name, NameSpan nameSpan, string? title, string? titledSurface, char? gender, bool isFullName)
    {
        Name = name;
        NameSpan = nameSpan;
        Title = title;
        TitledSurface = titledSurface;
        Gender = gender;
        IsFullName = isFullName;
    }

    /// <summary>The name without title ("Li Qiang").</summary>
    public string Name { get; }

    public NameSpan NameSpan { get; }

    /// <summary>"Premier", "former Google CEO", "special envoy for AI", or null.</summary>
    public string? Title { get; }

    /// <summary>The title words inside the capitalised run and the name ("Premier Li"), when there are any.</summary>
    public string? TitledSurface { get; }

    public char? Gender { get; }

    /// <summary>Two or more name words with evidence that they name a person.</summary>
    public bool IsFullName { get; }

    /// <summary>Reads <paramref name="span"/> as a person's name, or null when it cannot be one.</summary>
    public static PersonCandidate? Read(NameContext context, NameSpan span)
    {
        var s = span.Sentence;

        // Title words and honorifics at the start of the run: "Vice Foreign Minister", "Google CEO", "Mr".
        var nameFirst = span.First;
        char? gender = null;
        var honorific = false;
        var titleInSpan = false;
        for (var i = span.First; i < span.End - 1; i++)
        {
            var word = context.Info(s, i);
            if (word.IsHonorific || word.IsHonorificWithDot)
            {
                nameFirst = i + 1;
                gender = word.IsHonorific ? word.HonorificGender : word.HonorificWithDotGender;
                honorific = true;
            }
            else if (word.IsTitleWord && context.IsCapitalised(s, i))
            {
                nameFirst = i + 1;
                titleInSpan = true;
            }
        }

        while (nameFirst < span.End && context.Word(s, nameFirst) == ".")
        {
            nameFirst++;
        }

        // "High Commissioner for Refugees": a title of something, not of a person.
        if (nameFirst < span.End && context.Info(s, nameFirst).IsConnector)
        {
            return null;
        }

        // "American Oliver Stone": a nationality before the name belongs to neither.
        while (nameFirst + 1 < span.End && context.Info(s, nameFirst).PlaceKind is "demonym" or "country" &&
               !context.Info(s, nameFirst).IsGivenName && context.IsCapitalised(s, nameFirst + 1))
        {
            nameFirst++;
        }

        if (span.First > 0 && !honorific)
        {
            var before = context.Info(s, span.First - 1);
            var beforeDot = span.First > 1 && before.Text == "." ? context.Info(s, span.First - 2) : before;
            if (beforeDot.IsHonorific || beforeDot.IsHonorificWithDot)
            {
                honorific = true;
                gender = beforeDot.IsHonorific ? beforeDot.HonorificGender : beforeDot.HonorificWithDotGender;
            }
        }

        // The name ends at the first "of", "for" or "&" after it ("John Smith of Acme").
        var nameEnd = nameFirst;
        while (nameEnd < span.End && context.Word(s, nameEnd) is not ("of" or "for" or "&"))
        {
            nameEnd++;
        }

        if (nameEnd <= nameFirst)
        {
            return null;
        }

        // "Al Unser Jr": the generational suffix stays out of the name.
        if (nameEnd - nameFirst >= 3 && context.Word(s, nameEnd - 1) is "Jr" or "Sr" or "Jnr" or "Snr")
        {
            nameEnd--;
        }

        var nameSpan = new NameSpan(s, nameFirst, nameEnd);
        var firstWord = context.Word(s, nameFirst);
        var initial = firstWord.Length == 1 && nameFirst + 2 < nameEnd && context.Word(s, nameFirst + 1) == ".";

        // "S. Korea", "N. Korean": an abbreviated compass point before a place.
        if (initial && context.Info(s, nameFirst + 2).IsPlace)
        {
            return null;
        }

        // "Cleveland Indians", "Florida Marlins": a place, perhaps also a given name, heading a team-like name.
        if (!honorific && nameFirst == span.First && nameEnd - nameFirst >= 2 && TeamLike(context, new NameSpan(s, nameFirst, nameEnd)) &&
            (context.Info(s, nameFirst).IsPlace || NameLexicons.IsPlace(firstWord + " " + context.Word(s, nameFirst + 1))))
        {
            return null;
        }

        var strong = honorific || nameFirst > span.First || context.Info(s, nameFirst).IsGivenName || initial;
        if (OrganizationLike(context, nameSpan) || !Plausible(context, nameSpan, strong, honorific || nameFirst > span.First) ||
            (nameFirst > span.First && nameEnd - nameFirst == 1 && OrganizationLike(context, new NameSpan(s, span.First, nameEnd))))
        {
            return null;
        }

        var name = context.TextOf(nameSpan);
        var title = TitleReader.Before(context, s, span.First, nameFirst) ?? TitleReader.After(context, s, nameEnd);
        var titled = titleInSpan ? context.TextOf(new NameSpan(s, span.First, nameEnd)) : null;
        var hasTitle = title is not null || honorific;
        var words = WordCount(context, nameSpan);
        var full = words >= 2 && (hasTitle || Confirmed(context, nameSpan));
        return new PersonCandidate(name, nameSpan, title, titled, gender, full);
    }

    /// <summary>A span that names an organization: a keyword ("Ministry", "Inc"), a known company or outlet.</summary>
    public static bool OrganizationLike(NameContext context, NameSpan span)
    {
        if (context.PhraseOf(span) is { IsCompany: true } or { IsMedia: true })
        {
            return true;
        }

        for (var i = span.First; i < span.End; i++)
        {
            if (context.Info(span.Sentence, i).IsOrganizationKeyword)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Plausible(NameContext context, NameSpan span, bool strong, bool titled)
    {
        if (context.IsPlace(span) || context.PhraseOf(span) is { IsCompany: true } or { IsMedia: true })
        {
            return false;
        }

        for (var i = span.First; i < span.End; i++)
        {
            var info = context.Info(span.Sentence, i);
            var word = info.Text;
            if (context.Token(span.Sentence, i).Kind != TokenKind.Word)
            {
                continue;
            }

            // "Park", "Hall", "Green" are surnames too, once a given name or a title says so.
            var nonPerson = info.IsNonPersonWord && !(strong && (i > span.First || titled) && info.IsSurnameLike);
            // "Neil Jordan", "Warren O'Connor": after a given name or an initial, a place word is a name.
            // Otherwise a country or nationality rules a person out, and a city only as the first word of a
            // team-like name ("Cleveland Indians"): "Vladimir Makovsky" is a person although Vladimir is a city.
            var place = !strong && info.PlaceKind is { } kind &&
                        (kind is "country" or "demonym" or "region" || (i == span.First && TeamLike(context, span)));
            if (nonPerson || place || info.IsTitleWord && span.Count == 1)
            {
                return false;
            }

            if (word.Length > 1 && info.IsAllUpper && !(i > span.First && IsRomanNumeral(word)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the capitalised run ending at <paramref name="last"/> has an organization word ("Ministry of Fisheries").</summary>
    private static bool ContinuesOrganization(NameContext context, int sentence, int last)
    {
        for (var i = last; i >= 0 && i > last - 6; i--)
        {
            var word = context.Info(sentence, i);
            if (word.IsOrganizationKeyword)
            {
                return true;
            }

            if (!context.IsCapitalised(sentence, i) && !word.IsConnector)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A name ending in a plural or a thing-word, as teams do ("Cleveland Indians", "Boston Red Sox").</summary>
    private static bool TeamLike(NameContext context, NameSpan span)
    {
        var lastWord = context.Info(span.Sentence, span.End - 1);
        var last = lastWord.Text;
        return span.Count == 1 || lastWord.IsNonPersonWord ||
               (last.Length > 3 && last.EndsWith("s", System.StringComparison.Ordinal) && !last.EndsWith("ss", System.StringComparison.Ordinal) &&
                !last.EndsWith("us", System.StringComparison.Ordinal) && !last.EndsWith("is", System.StringComparison.Ordinal)) ||
               last is "Sox" or "Heat" or "Jazz" or "Magic" or "Thunder" or "Fire" or "Galaxy" or "United" or "City";
    }

    private static bool IsRomanNumeral(string word)
    {
        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordCount(NameContext context, NameSpan span)
    {
        var n = 0;
        for (var i = span.First; i < span.End; i++)
        {
            if (context.Token(span.Sentence, i).Kind == TokenKind.Word && !context.Info(span.Sentence, i).IsConnector)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Evidence that an untitled multi-word span is a person.</summary>
    private static bool Confirmed(NameContext context, NameSpan span)
    {
        var s = span.Sentence;
        var first = context.Info(s, span.First);
        if (first.IsGivenName || (first.Text.Length == 1 && span.Count > 2))
        {
            return true;
        }

        var count = context.TokenCount(s);
        var next = span.End < count ? context.Word(s, span.End) : null;

        // A byline: "By Jane Roe" alone on its line.
        if (span.First == 1 && context.Word(s, 0) == "By" && span.End == count)
        {
            return true;
        }

        // "firms such as Kestrel Dynamics": the members of a list of organizations.
        if (Organizations.ParticipationCues.ListedAfterCue(context, s) is { } listStart && span.First >= listStart)
        {
            return false;
        }

        // "Ministry of Fisheries and Coastal Waters": words that go on an organization's name.
        if (span.First >= 2 && context.Word(s, span.First - 1) is "and" or "&" && ContinuesOrganization(context, s, span.First - 2))
        {
            return false;
        }

        // "Viva Zapata", "Ice Cold": capitalised words inside quotation marks are a title.
        if (span.First > 0 && context.Word(s, span.First - 1) is "\"" or "\u201C" or "\u2018" or "'")
        {
            return false;
        }
        if (next == "(")
        {
            return true;
        }

        // "1. Jane Roe" at the start of a ranked line.
        if (span.First >= 2 && context.Token(s, span.First - 2).Kind == TokenKind.Number && context.Word(s, span.First - 1) == "." && span.First == 2)
        {
            return true;
        }

        // A team in a results table: "Lotte 6 Hyundai 2" (but "Jan Roe 87th" gives a minute).
        if (context.TableLine[s] && span.End < count && context.Token(s, span.End).Kind == TokenKind.Number &&
            !(span.End + 1 < count && context.Word(s, span.End + 1) is "th" or "st" or "nd" or "rd" or "min"))
        {
            return false;
        }

        for (var i = span.First; i < span.End; i++)
        {
            var word = context.Info(s, i);
            if (context.Token(s, i).Kind == TokenKind.Word && !word.IsConnector && context.AppearsLowercase(word))
            {
                return false;
            }
        }

        // Prose, a sports report, or a list of names separated by commas.
        var listed = next == "," || (span.First > 0 && context.Word(s, span.First - 1) == ",");
        return WordCount(context, span) <= 3 && (context.SportsLike || listed || HasLowercaseWord(context, s));
    }

    /// <summary>True for prose: a sentence with a lower-case word (a caption or a menu line has none).</summary>
    private static bool HasLowercaseWord(NameContext context, int sentence) => context.HasLowercaseWord[sentence];
}
