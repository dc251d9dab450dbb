namespace FactGen.Extraction.People;

/// <summary>
/// One distinct token text and what the name lexicons say about it, looked up once per thread and
/// shared by every token that spells the same word, so the recognisers read flags instead of hashing strings.
/// </summary>
internal sealed class WordInfo
{
    // The lexicons' yes/no answers, one bit each: a word's facts fit in fewer cache lines, and the table
    // (tens of thousands of words per thread) takes less memory.
    [System.Flags]
    private enum Flag
    {
        None = 0,
        MaleName = 1 << 0,
        FemaleName = 1 << 1,
        TitleWord = 1 << 2,
        TitleHead = 1 << 3,
        Honorific = 1 << 4,
        HonorificWithDot = 1 << 5,
        OrganizationKeyword = 1 << 6,
        StopWord = 1 << 7,
        NonPersonWord = 1 << 8,
        SurnameLike = 1 << 9,
        Connector = 1 << 10,
        TitleModifier = 1 << 11,
        CalendarWord = 1 << 12,
        CalendarAbbreviation = 1 << 13,
        AllUpper = 1 << 14,
        StrongSportsWord = 1 << 15,
        WeakSportsWord = 1 << 16,
        EventWord = 1 << 17,
        TakingPartWord = 1 << 18,
        ListNoun = 1 << 19,
        ListCue = 1 << 20,
        SpeakerNoun = 1 << 21,
        BreaksNames = 1 << 22,
        RegnalNumeral = 1 << 23,
        LowerHyphenTail = 1 << 24,
        FirstPersonI = 1 << 25,
        ReportingVerb = 1 << 26,
        EventHead = 1 << 27,
        MalePronoun = 1 << 28,
        FemalePronoun = 1 << 29,
        InReportingVerbs = 1 << 30,
    }

    private Flag _flags;

    private void Set(Flag flag, bool value)
    {
        if (value)
        {
            _flags |= flag;
        }
    }

    public WordInfo(string text, int hash, int id, WordInfo? lower)
    {
        Text = text;
        Hash = hash;
        Id = id;
        Lower = lower ?? this;
        Set(Flag.MaleName, NameLexicons.IsMaleName(text));
        Set(Flag.FemaleName, NameLexicons.IsFemaleName(text));
        Set(Flag.TitleWord, NameLexicons.IsTitleWord(text));
        Set(Flag.TitleHead, NameLexicons.IsTitleHead(text));
        Set(Flag.Honorific, NameLexicons.IsHonorific(text, out var gender));
        HonorificGender = gender;
        Set(Flag.HonorificWithDot, NameLexicons.IsHonorificWithDot(text, out var dotGender));
        HonorificWithDotGender = dotGender;
        PlaceKind = NameLexicons.PlaceKind(text);
        Set(Flag.OrganizationKeyword, NameLexicons.IsOrganizationKeyword(text, out var kind));
        OrganizationKind = kind;
        Set(Flag.StopWord, NameLexicons.StopWords.Contains(text));
        Set(Flag.NonPersonWord, NameLexicons.NonPersonWords.Contains(text));
        Set(Flag.SurnameLike, NameLexicons.SurnameLike.Contains(text));
        Set(Flag.Connector, NameLexicons.Connectors.Contains(text));
        Set(Flag.TitleModifier, NameLexicons.TitleModifiers.Contains(text));
        Set(Flag.CalendarWord, NameLexicons.IsCalendarWord(text));
        Set(Flag.CalendarAbbreviation, NameLexicons.CalendarAbbreviations.Contains(text));
        Set(Flag.AllUpper, NameContext.IsAllUpper(text));
        Set(Flag.StrongSportsWord, SportsVocabulary.IsStrong(text));
        Set(Flag.WeakSportsWord, SportsVocabulary.IsWeak(text));
        Set(Flag.EventWord, Organizations.ParticipationCues.EventWords.Contains(text));
        Set(Flag.TakingPartWord, Organizations.ParticipationCues.TakingPart.Contains(text));
        Set(Flag.ListNoun, Organizations.ParticipationCues.ListNouns.Contains(text));
        Set(Flag.ListCue, text is "such" or "including" or "like" or "include" or "included" or "includes");
        Set(Flag.SpeakerNoun, RoleAssigner.SpeakerNouns.Contains(text));
        Set(Flag.BreaksNames, CapitalisedSpans.BreaksNames(text, IsStopWord));
        Set(Flag.RegnalNumeral, CapitalisedSpans.IsRegnalNumeral(text));
        Set(Flag.LowerHyphenTail, CapitalisedSpans.HasLowerHyphenTail(text));
        Set(Flag.FirstPersonI, CapitalisedSpans.IsFirstPersonI(text));
        Set(Flag.ReportingVerb, Quotes.ParagraphView.IsReportingVerbWord(text));
        Set(Flag.EventHead, Events.EventNameFinder.IsHead(text));
        Set(Flag.MalePronoun, Lower.Text is "he" or "him" or "his" or "himself");
        Set(Flag.FemalePronoun, Lower.Text is "she" or "her" or "hers" or "herself");
        Set(Flag.InReportingVerbs, Lexicons.Lexicon.Get("reporting-verbs").Contains(text));
    }

    /// <summary>The word as written.</summary>
    public string Text { get; }

    /// <summary>Hash of <see cref="Text"/> as <see cref="WordTable"/> computes it.</summary>
    public int Hash { get; }

    /// <summary>Position in <see cref="WordTable.Words"/> of the table that made this word.</summary>
    public int Id { get; }

    /// <summary>The word in lower case (invariant culture); this word itself when it has no capitals.</summary>
    public WordInfo Lower { get; }

    public bool IsMaleName => (_flags & Flag.MaleName) != 0;

    public bool IsFemaleName => (_flags & Flag.FemaleName) != 0;

    public bool IsGivenName => IsMaleName || IsFemaleName;

    public bool IsTitleWord => (_flags & Flag.TitleWord) != 0;

    public bool IsTitleHead => (_flags & Flag.TitleHead) != 0;

    public bool IsHonorific => (_flags & Flag.Honorific) != 0;

    public char? HonorificGender { get; }

    /// <summary>"Mr" read as "Mr.".</summary>
    public bool IsHonorificWithDot => (_flags & Flag.HonorificWithDot) != 0;

    public char? HonorificWithDotGender { get; }

    public string? PlaceKind { get; }

    public bool IsPlace => PlaceKind is not null;

    public bool IsOrganizationKeyword => (_flags & Flag.OrganizationKeyword) != 0;

    public OrganizationKind OrganizationKind { get; }

    public bool IsStopWord => (_flags & Flag.StopWord) != 0;

    public bool IsNonPersonWord => (_flags & Flag.NonPersonWord) != 0;

    public bool IsSurnameLike => (_flags & Flag.SurnameLike) != 0;

    public bool IsConnector => (_flags & Flag.Connector) != 0;

    public bool IsTitleModifier => (_flags & Flag.TitleModifier) != 0;

    public bool IsCalendarWord => (_flags & Flag.CalendarWord) != 0;

    public bool IsCalendarAbbreviation => (_flags & Flag.CalendarAbbreviation) != 0;

    public bool IsAllUpper => (_flags & Flag.AllUpper) != 0;

    /// <summary>"innings", "halftime": see <see cref="SportsVocabulary"/>.</summary>
    public bool IsStrongSportsWord => (_flags & Flag.StrongSportsWord) != 0;

    /// <summary>"beat", "season": see <see cref="SportsVocabulary"/>.</summary>
    public bool IsWeakSportsWord => (_flags & Flag.WeakSportsWord) != 0;

    /// <summary>"conference", "expo": see <see cref="Organizations.ParticipationCues"/>.</summary>
    public bool IsEventWord => (_flags & Flag.EventWord) != 0;

    /// <summary>"exhibitors", "participating": see <see cref="Organizations.ParticipationCues"/>.</summary>
    public bool IsTakingPartWord => (_flags & Flag.TakingPartWord) != 0;

    /// <summary>"firms", "companies": see <see cref="Organizations.ParticipationCues"/>.</summary>
    public bool IsListNoun => (_flags & Flag.ListNoun) != 0;

    /// <summary>"such", "including", "like": a word that may open a list (see <see cref="Organizations.ParticipationCues"/>).</summary>
    public bool IsListCue => (_flags & Flag.ListCue) != 0;

    /// <summary>"With", "of", "The": a word that ends a run of name words (see <see cref="CapitalisedSpans"/>).</summary>
    public bool BreaksNames => (_flags & Flag.BreaksNames) != 0;

    /// <summary>"II", "VIII": a Roman numeral that may follow a given name (see <see cref="CapitalisedSpans"/>).</summary>
    public bool IsRegnalNumeral => (_flags & Flag.RegnalNumeral) != 0;

    /// <summary>"AI-powered": one inner hyphen before a lower-case tail (see <see cref="CapitalisedSpans.HasLowerHyphenTail"/>).</summary>
    public bool HasLowerHyphenTail => (_flags & Flag.LowerHyphenTail) != 0;

    /// <summary>"I", "I'm": the pronoun (see <see cref="CapitalisedSpans.IsFirstPersonI"/>).</summary>
    public bool IsFirstPersonI => (_flags & Flag.FirstPersonI) != 0;

    /// <summary>"said", "told", not "claims": see <see cref="Quotes.ParagraphView.IsReportingVerb"/>.</summary>
    public bool IsReportingVerb => (_flags & Flag.ReportingVerb) != 0;

    /// <summary>In the reporting-verbs lexicon as written ("said", "claims"): see <see cref="RoleAssigner"/>.</summary>
    public bool IsInReportingVerbs => (_flags & Flag.InReportingVerbs) != 0;

    /// <summary>"Conference", "Summit": an event word (see <see cref="Events.EventNameFinder"/>).</summary>
    public bool IsEventHead => (_flags & Flag.EventHead) != 0;

    /// <summary>"he", "His", "himself" (any case).</summary>
    public bool IsMalePronoun => (_flags & Flag.MalePronoun) != 0;

    /// <summary>"she", "Her", "herself" (any case).</summary>
    public bool IsFemalePronoun => (_flags & Flag.FemalePronoun) != 0;

    /// <summary>"speakers", "panelists": see <see cref="RoleAssigner"/>.</summary>
    public bool IsSpeakerNoun => (_flags & Flag.SpeakerNoun) != 0;
}
