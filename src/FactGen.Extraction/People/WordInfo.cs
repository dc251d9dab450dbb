namespace FactGen.Extraction.People;

/// <summary>
/// One distinct token text and what the name lexicons say about it, looked up once per thread and
/// shared by every token that spells the same word, so the recognisers read flags instead of hashing strings.
/// </summary>
internal sealed class WordInfo
{
    public WordInfo(string text, int hash, int id, WordInfo? lower)
    {
        Text = text;
        Hash = hash;
        Id = id;
        Lower = lower ?? this;
        IsMaleName = NameLexicons.IsMaleName(text);
        IsFemaleName = NameLexicons.IsFemaleName(text);
        IsTitleWord = NameLexicons.IsTitleWord(text);
        IsTitleHead = NameLexicons.IsTitleHead(text);
        IsHonorific = NameLexicons.IsHonorific(text, out var gender);
        HonorificGender = gender;
        IsHonorificWithDot = NameLexicons.IsHonorificWithDot(text, out var dotGender);
        HonorificWithDotGender = dotGender;
        PlaceKind = NameLexicons.PlaceKind(text);
        IsOrganizationKeyword = NameLexicons.IsOrganizationKeyword(text, out var kind);
        OrganizationKind = kind;
        IsStopWord = NameLexicons.StopWords.Contains(text);
        IsNonPersonWord = NameLexicons.NonPersonWords.Contains(text);
        IsSurnameLike = NameLexicons.SurnameLike.Contains(text);
        IsConnector = NameLexicons.Connectors.Contains(text);
        IsTitleModifier = NameLexicons.TitleModifiers.Contains(text);
        IsCalendarWord = NameLexicons.IsCalendarWord(text);
        IsCalendarAbbreviation = NameLexicons.CalendarAbbreviations.Contains(text);
        IsAllUpper = NameContext.IsAllUpper(text);
        IsStrongSportsWord = SportsVocabulary.Strong.Contains(text);
        IsWeakSportsWord = SportsVocabulary.Weak.Contains(text);
        IsEventWord = Organizations.ParticipationCues.EventWords.Contains(text);
        IsTakingPartWord = Organizations.ParticipationCues.TakingPart.Contains(text);
        IsListNoun = Organizations.ParticipationCues.ListNouns.Contains(text);
        IsListCue = text is "such" or "including" or "like" or "include" or "included" or "includes";
        IsSpeakerNoun = RoleAssigner.SpeakerNouns.Contains(text);
    }

    /// <summary>The word as written.</summary>
    public string Text { get; }

    /// <summary>Hash of <see cref="Text"/> as <see cref="WordTable"/> computes it.</summary>
    public int Hash { get; }

    /// <summary>Position in <see cref="WordTable.Words"/> of the table that made this word.</summary>
    public int Id { get; }

    /// <summary>The word in lower case (invariant culture); this word itself when it has no capitals.</summary>
    public WordInfo Lower { get; }

    /// <summary>Mark of the last <see cref="NameContext"/> whose article writes this word (as a lower-case word).</summary>
    public int LowercaseStamp { get; set; }

    public bool IsMaleName { get; }

    public bool IsFemaleName { get; }

    public bool IsGivenName => IsMaleName || IsFemaleName;

    public bool IsTitleWord { get; }

    public bool IsTitleHead { get; }

    public bool IsHonorific { get; }

    public char? HonorificGender { get; }

    /// <summary>"Mr" read as "Mr.".</summary>
    public bool IsHonorificWithDot { get; }

    public char? HonorificWithDotGender { get; }

    public string? PlaceKind { get; }

    public bool IsPlace => PlaceKind is not null;

    public bool IsOrganizationKeyword { get; }

    public OrganizationKind OrganizationKind { get; }

    public bool IsStopWord { get; }

    public bool IsNonPersonWord { get; }

    public bool IsSurnameLike { get; }

    public bool IsConnector { get; }

    public bool IsTitleModifier { get; }

    public bool IsCalendarWord { get; }

    public bool IsCalendarAbbreviation { get; }

    public bool IsAllUpper { get; }

    /// <summary>"innings", "halftime": see <see cref="SportsVocabulary"/>.</summary>
    public bool IsStrongSportsWord { get; }

    /// <summary>"beat", "season": see <see cref="SportsVocabulary"/>.</summary>
    public bool IsWeakSportsWord { get; }

    /// <summary>"conference", "expo": see <see cref="Organizations.ParticipationCues"/>.</summary>
    public bool IsEventWord { get; }

    /// <summary>"exhibitors", "participating": see <see cref="Organizations.ParticipationCues"/>.</summary>
    public bool IsTakingPartWord { get; }

    /// <summary>"firms", "companies": see <see cref="Organizations.ParticipationCues"/>.</summary>
    public bool IsListNoun { get; }

    /// <summary>"such", "including", "like": a word that may open a list (see <see cref="Organizations.ParticipationCues"/>).</summary>
    public bool IsListCue { get; }

    /// <summary>"speakers", "panelists": see <see cref="RoleAssigner"/>.</summary>
    public bool IsSpeakerNoun { get; }
}
