using System;
using System.Collections.Generic;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.People;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Quotes;

/// <summary>
/// Turns the subject of an attribution into a person: a name through <see cref="PeopleIndex"/>
/// (added when new), "he"/"she" to the last compatible person mentioned outside quotations,
/// "the senator" to the last person written with that title. Null when unsure.
/// </summary>
internal sealed class SpeakerResolver
{
    private static readonly Dictionary<string, string> TitleAbbreviations = new(StringComparer.Ordinal)
    {
        ["sen"] = "senator", ["rep"] = "representative", ["gov"] = "governor", ["gen"] = "general",
        ["prof"] = "professor", ["dr"] = "doctor", ["pres"] = "president", ["sec"] = "secretary",
        ["congressman"] = "representative", ["congresswoman"] = "representative", ["amb"] = "ambassador",
    };

    private static readonly SliceSet PostNominals = new(new[] {
        "MP", "MPs", "MSP", "MEP", "AM", "MLA", "TD", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "PhD", "MD", "Esq",
    });

    // The article, its text and its people (none until the first Reset, and after Release).
    private ArticleAnalysis _article = null!;
    private string _text = string.Empty;
    private PeopleIndex _people = null!;

    // The article's quotations, in text order.
    private readonly List<QuoteSpan> _quoted = new();

    // The reported subjects, and the person each resolved to (null until resolved), by the same index.
    private readonly List<ReportedSubject> _reportedSubjects = new();
    private readonly List<PersonEntity?> _reportedEntities = new();

    // Reused by every pronoun resolved on this thread: one article's mentions, gathered again each time.
    [ThreadStatic]
    private static List<Candidate>? _candidates;

    /// <summary>Makes this resolver (new, or released after an earlier article) the one for the quotations <paramref name="quotes"/> of <paramref name="article"/>.</summary>
    public void Reset(ArticleAnalysis article, PeopleIndex people, List<FoundQuote> quotes)
    {
        _article = article;
        _text = article.Raw;
        _people = people;
        foreach (var quote in quotes)
        {
            _quoted.Add(quote.Span);
        }
    }

    /// <summary>False once its lists grew very large: a huge article must not pin its memory on the thread.</summary>
    public bool WorthKeeping => _reportedSubjects.Capacity <= 4096 && _quoted.Capacity <= 4096;

    /// <summary>The article is done: the resolver is emptied and lets go of it, until the next article resets it.</summary>
    public void Release()
    {
        _quoted.Clear();
        _reportedSubjects.Clear();
        _reportedEntities.Clear();
        _reportedByStart.Clear();
        _picked.Clear();
        _words.Clear();
        _subjectViews = null;
        _subjectLastParagraph = -1;
        _subjectsCollectedThrough = -1;

        _article = null!;
        _text = string.Empty;
        _people = null!;
    }

    public PersonEntity? Resolve(Attribution attribution)
    {
        if (attribution.Subject is not { } subject)
        {
            return null;
        }

        return subject.Kind switch
        {
            SubjectKind.Name => ResolveName(attribution.View, subject, attribution.Offset),
            SubjectKind.Pronoun => ResolvePronoun(subject.Head, attribution.View.Tokens[subject.First].Start),
            _ => subject.Indefinite || subject.Head is null ? null : ResolveTitle(subject.Head, attribution.Offset),
        };
    }

    /// <summary>A speaker named by a transcript label ("Mr. Roe"), titles dropped.</summary>
    public PersonEntity? ResolveLabel(string label, int start)
    {
        var titles = Lexicon.Get("quote-titles");
        var words = label.Split(' ');
        var first = 0;
        for (var w = 0; w < words.Length - 1; w++)
        {
            if (titles.Contains(words[w].TrimEnd('.')))
            {
                first = w + 1;
            }
        }

        var name = string.Join(" ", words, first, words.Length - first);
        if (name.Length == 0 || Lexicon.Get("quote-organization-words").Contains(name))
        {
            return null;
        }

        var known = _people.FindByName(name) ?? FamilyNameFirst(name);
        if (known is not null)
        {
            return known;
        }

        return _people.GetOrAdd(name, start, label.Length);
    }

    // The word tokens of the name being resolved (one name at a time).
    private readonly List<int> _words = new();

    private PersonEntity? ResolveName(ParagraphView view, Subject subject, int offset)
    {
        var words = _words;
        words.Clear();
        for (var i = subject.First; i <= subject.Last; i++)
        {
            if (view.IsWord(i))
            {
                words.Add(i);
            }
        }

        var titles = Lexicon.Get("quote-titles");
        var organizationWords = Lexicon.Get("quote-organization-words");
        var first = 0;
        for (var w = 0; w < words.Count; w++)
        {
            // A title counts only before a name: "Charlie King" keeps "King". "Vice-President" ends with one.
            var token = view.Tokens[words[w]];
            var hyphen = _text.LastIndexOf('-', token.End - 1, token.Length) - token.Start;
            if ((titles.Contains(_text, token.Start, token.Length)
                 || (hyphen > 0 && titles.Contains(_text, token.Start + hyphen + 1, token.Length - hyphen - 1))) && w + 1 < words.Count)
            {
                first = w + 1;
            }
        }

        // "White House said" names a body; "European Council President Jane Roe" names a person.
        for (var w = first; w < words.Count; w++)
        {
            if (view.WordIn(words[w], organizationWords))
            {
                return null;
            }
        }

        if (first >= words.Count)
        {
            // "Premier said" without a name: the title alone.
            return words.Count == 0 ? null : ResolveTitle(view.Lower(words[words.Count - 1]), offset);
        }

        if (words.Count - first > 4)
        {
            first = words.Count - 3;
        }

        if (words.Count - first == 1 && !LooksLikeName(view, words[first]))
        {
            return null;
        }

        // "Jane Roe MP": letters after the name are not part of it.
        var lastToken = subject.Last;
        while (words.Count - first > 1 && view.WordIn(words[words.Count - 1], PostNominals))
        {
            words.RemoveAt(words.Count - 1);
            lastToken = words[words.Count - 1];
        }

        var start = view.Tokens[words[first]].Start;
        var end = view.Tokens[lastToken].End;
        if (view.IsPunct(lastToken, '.') && !(view.WordIs(lastToken - 1, "Jr") || view.WordIs(lastToken - 1, "Sr")))
        {
            end = view.Tokens[lastToken - 1].End;
        }

        var surface = _text.Substring(start, end - start);
        var known = _people.FindByName(surface) ?? FamilyNameFirst(surface);
        if (known is not null)
        {
            _people.AddMention(_people.NewMention(start, end - start, surface, known));
            return known;
        }

        return _people.GetOrAdd(surface, start, end - start);
    }

    /// <summary>"Wen said" after "Wen Lei": a lone word that is the first word of exactly one known name (family name first).</summary>
    private PersonEntity? FamilyNameFirst(string surface)
    {
        if (surface.IndexOf(' ') >= 0)
        {
            return null;
        }

        return _people.OnlyWithFirstWord(surface);
    }

    private static readonly Lexicon GroupSubjects = Lexicon.Get("quote-group-subjects");

    private static readonly Lexicon Months = Lexicon.Get("months");

    private static readonly Lexicon Weekdays = Lexicon.Get("weekdays");

    /// <summary>Word <paramref name="i"/> of <paramref name="view"/> may be a person's name on its own (read in place).</summary>
    private static bool LooksLikeName(ParagraphView view, int i)
    {
        if (view.WordIn(i, GroupSubjects) || view.WordIn(i, Months) || view.WordIn(i, Weekdays))
        {
            return false;
        }

        // "CNN said", "NATO said": a short all-capital word is an acronym, not a person.
        var token = view.Tokens[i];
        var upper = 0;
        for (var k = token.Start; k < token.End; k++)
        {
            if (char.IsUpper(view.Text[k]))
            {
                upper++;
            }
        }

        return !(upper == token.Length && token.Length <= 4);
    }

    /// <summary>
    /// "he"/"she": the nearest sentence before the pronoun that mentions a compatible person (outside
    /// quotations), and in it the first such person, the one most likely to be its subject.
    /// </summary>
    private PersonEntity? ResolvePronoun(string? pronoun, int offset)
    {
        if (pronoun is not ("he" or "she"))
        {
            return null;
        }

        var unwanted = pronoun == "he" ? 'f' : 'm';
        var candidates = _candidates ??= new List<Candidate>();
        candidates.Clear();

        // The mentions before the offset, looking back a bounded way (sorted, so the window is a range).
        var end = _people.CountBefore(offset);
        var first = Math.Max(0, end - MaxMentionsBack);
        var windowStart = first == 0 ? int.MinValue : _people.Mentions[first].Start;
        for (var i = first; i < end; i++)
        {
            var mention = _people.Mentions[i];
            if (!IsQuoted(mention.Start) && mention.Entity.Gender != unwanted)
            {
                candidates.Add(new Candidate(mention.Start, mention.Entity, NoReported));
            }
        }

        // The reported subjects that start in the same window (at most as many again), in the order they were found.
        var picked = ReportedSubjectsBetween(windowStart, offset);
        foreach (var index in picked)
        {
            var reported = _reportedSubjects[index];
            if (GenderOf(index) != unwanted)
            {
                candidates.Add(new Candidate(reported.View.Tokens[reported.Subject.First].Start, null, index));
            }
        }

        WorkMeter.Add((4 * (end - first + picked.Count)) + (candidates.Count * 8));

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        Candidate? chosen = null;
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var candidate = candidates[i];
            if (chosen is not null && _article.SentenceIndexAt(candidate.Start) != _article.SentenceIndexAt(chosen.Value.Start))
            {
                break;
            }

            if (candidate.Entity is not null || ResolveReported(candidate.Reported) is not null)
            {
                chosen = candidate;
            }
        }

        return chosen is null ? null : chosen.Value.Entity ?? ResolveReported(chosen.Value.Reported);
    }

    /// <summary>
    /// Names read as subjects of reporting verbs anywhere in the article ("Roe said the plan…"), so that a
    /// later "he said" finds them even when no person recogniser listed them.
    /// </summary>
    private void AddReportedSubject(ParagraphView view, Subject subject)
    {
        _reportedSubjects.Add(new ReportedSubject(view, subject));
        _reportedEntities.Add(null);
    }

    // Where the reported subjects are to be found, gathered paragraph by paragraph as far as a pronoun needs
    // them: most articles resolve no pronoun, and the search reads every token. The views do not change once
    // the quotations are found, so gathering late finds the same subjects, in the same order.
    private ParagraphViews? _subjectViews;
    private int _subjectLastParagraph = -1;
    private int _subjectsCollectedThrough = -1;

    /// <summary>Gathers the reported subjects (see below) of paragraphs up to <paramref name="lastParagraph"/> as pronouns need them.</summary>
    public void CollectReportedSubjectsWhenNeeded(ParagraphViews views, int lastParagraph)
    {
        _subjectViews = views;
        _subjectLastParagraph = lastParagraph;
        _subjectsCollectedThrough = -1;
    }

    /// <summary>
    /// Gathers the reported subjects of the paragraphs not yet read, up to the one holding <paramref name="offset"/>:
    /// a subject starting before the offset lies in one of them, and paragraphs are read in order, so the list
    /// is always the first part of the list a pass over every paragraph would make.
    /// </summary>
    private void CollectReportedSubjectsBefore(int offset)
    {
        if (_subjectViews is not { } views || _subjectsCollectedThrough >= _subjectLastParagraph)
        {
            return;
        }

        var through = Math.Min(views.ParagraphAt(offset), _subjectLastParagraph);
        for (var p = _subjectsCollectedThrough + 1; p <= through; p++)
        {
            CollectReportedSubjects(views[p]);
        }

        _subjectsCollectedThrough = Math.Max(_subjectsCollectedThrough, through);
    }

    /// <summary>
    /// Names reported as saying something, or opening a sentence, in one paragraph: what a later "he" or
    /// "she" may mean. Only paragraphs up to the last quotation's matter: a pronoun is resolved only to names
    /// written before it.
    /// </summary>
    private void CollectReportedSubjects(ParagraphView view)
    {
        var first = _reportedSubjects.Count;
        for (var i = view.NextSubjectCue(0); i < view.Count; i = view.NextSubjectCue(i + 1))
        {
            // A lower-case cue is outside quotations and may be a reporting verb; a capitalised one opens a sentence.
            var subject = char.IsLower(view.WordInitial(i))
                ? view.IsReportingVerb(i) ? AttributionReader.NamedSubjectOf(view, i) : null
                : AttributionReader.SentenceOpeningSubject(view, i);
            if (subject is { } found)
            {
                AddReportedSubject(view, found);
            }
        }

        IndexReportedSubjectsFrom(first);
    }

    // The reported subjects' starts, sorted (start, then index): start in the high half, index in the low
    // half, so one sort orders by start, then by index. A paragraph's subjects all start after those of the
    // paragraphs before it, and have higher indexes: sorting each paragraph's keys and appending them keeps
    // the whole list sorted.
    private readonly List<long> _reportedByStart = new();
    private readonly List<int> _picked = new();

    /// <summary>Appends the sort keys of the reported subjects from index <paramref name="first"/> on (one paragraph's) and sorts them.</summary>
    private void IndexReportedSubjectsFrom(int first)
    {
        for (var i = first; i < _reportedSubjects.Count; i++)
        {
            var reported = _reportedSubjects[i];
            _reportedByStart.Add(((long)reported.View.Tokens[reported.Subject.First].Start << 32) | (uint)i);
        }

        var added = _reportedSubjects.Count - first;
        if (added > 1)
        {
            _reportedByStart.Sort(first, added, null);
        }

        WorkMeter.Add(added * 4);
    }

    /// <summary>
    /// Indexes (ascending) of the last <see cref="MaxMentionsBack"/> reported subjects that start in
    /// [<paramref name="from"/>, <paramref name="to"/>): a binary search instead of a pass over all of them.
    /// </summary>
    private List<int> ReportedSubjectsBetween(int from, int to)
    {
        CollectReportedSubjectsBefore(to);
        var high = FirstStartAtOrAfter(_reportedByStart, to);
        var low = Math.Max(FirstStartAtOrAfter(_reportedByStart, from), high - MaxMentionsBack);
        _picked.Clear();
        for (var i = low; i < high; i++)
        {
            _picked.Add((int)(_reportedByStart[i] & 0xFFFFFFFF));
        }

        _picked.Sort();
        return _picked;
    }

    private static int FirstStartAtOrAfter(List<long> sorted, int start)
    {
        var key = (long)start << 32;
        var low = 0;
        var high = sorted.Count;
        while (low < high)
        {
            var mid = low + ((high - low) >> 1);
            if (sorted[mid] < key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The person reported subject <paramref name="index"/> names, resolved on first use.</summary>
    private PersonEntity? ResolveReported(int index)
    {
        if (_reportedEntities[index] is { } known)
        {
            return known;
        }

        var reported = _reportedSubjects[index];
        var entity = ResolveName(reported.View, reported.Subject, reported.View.Tokens[reported.Subject.First].Start);
        _reportedEntities[index] = entity;
        return entity;
    }

    /// <summary>'m' after "Mr"/"Sir", 'f' after "Mrs"/"Ms"/"Miss", else the known person's gender.</summary>
    private char? GenderOf(int index)
    {
        var reported = _reportedSubjects[index];
        var view = reported.View;
        for (var i = reported.Subject.First; i <= reported.Subject.Last; i++)
        {
            if (view.IsWord(i) && view.WordIn(i, MaleTitles))
            {
                return 'm';
            }

            if (view.IsWord(i) && view.WordIn(i, FemaleTitles))
            {
                return 'f';
            }
        }

        return _reportedEntities[index]?.Gender;
    }

    private static readonly SliceSet MaleTitles = new(new[] { "Mr", "Sir", "Lord", "King", "Prince", "Father" });

    private static readonly SliceSet FemaleTitles = new(new[] { "Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess" });

    // Candidate.Reported of a candidate that is a mention, not a reported subject.
    private const int NoReported = -1;

    private readonly struct Candidate
    {
        public Candidate(int start, PersonEntity? entity, int reported)
        {
            Start = start;
            Entity = entity;
            Reported = reported;
        }

        public int Start { get; }

        public PersonEntity? Entity { get; }

        /// <summary>Index of the reported subject, or <see cref="NoReported"/> for a mention.</summary>
        public int Reported { get; }
    }

    /// <summary>A name read as the subject of a reporting verb or as a sentence's opener, in its paragraph.</summary>
    private readonly struct ReportedSubject
    {
        public ReportedSubject(ParagraphView view, Subject subject)
        {
            View = view;
            Subject = subject;
        }

        public ParagraphView View { get; }

        public Subject Subject { get; }
    }

    /// <summary>
    /// How many mentions a pronoun or a bare title looks back over. A real article has a few hundred at most (189 in the largest of the research corpora);
    /// an article with tens of thousands would otherwise cost a scan of all of them for every quotation.
    /// </summary>
    private const int MaxMentionsBack = 200;

    /// <summary>The last person before <paramref name="offset"/> written with the title <paramref name="head"/>.</summary>
    private PersonEntity? ResolveTitle(string head, int offset)
    {
        head = Canonical(head);

        // Mentions are sorted: start at the last one before the offset, and look back a bounded way.
        var last = _people.CountBefore(offset) - 1;
        var stop = Math.Max(-1, last - MaxMentionsBack);
        WorkMeter.Add(4 * (last - stop));
        for (var i = last; i > stop; i--)
        {
            var mention = _people.Mentions[i];
            if (IsQuoted(mention.Start))
            {
                continue;
            }

            if (HasTitle(mention.Surface, head) || HasTitle(_text, TitlesStartBefore(mention.Start), mention.Start, head))
            {
                return mention.Entity;
            }

            var titles = mention.Entity.Titles;
            for (var t = 0; t < titles.Count; t++)
            {
                if (HasTitle(titles[t], head))
                {
                    return mention.Entity;
                }
            }
        }

        return null;
    }

    private static string Canonical(string word)
    {
        word = word.Trim('.').ToLowerInvariant();
        return TitleAbbreviations.TryGetValue(word, out var full) ? full : word;
    }

    private static bool HasTitle(string words, string head) => HasTitle(words, 0, words.Length, head);

    /// <summary>A word of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> (split at ' ', ',' and '-') is the title <paramref name="head"/>.</summary>
    private static bool HasTitle(string text, int start, int end, string head)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && IsTitleSeparator(text[i]))
            {
                i++;
            }

            var wordStart = i;
            while (i < end && !IsTitleSeparator(text[i]))
            {
                i++;
            }

            if (i > wordStart && IsCanonically(text, wordStart, i, head))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitleSeparator(char c) => c is ' ' or ',' or '-';

    /// <summary>
    /// <c>Canonical(word) == head</c> without the copies. <paramref name="head"/> is canonical already, so it is
    /// never an abbreviation itself: the word matches when it is the head or an abbreviation of it.
    /// </summary>
    private static bool IsCanonically(string text, int start, int end, string head)
    {
        while (start < end && text[start] == '.')
        {
            start++;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        if (LowerEquals(text, start, end, head))
        {
            return true;
        }

        foreach (var pair in TitleAbbreviations)
        {
            if (pair.Value == head && LowerEquals(text, start, end, pair.Key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool LowerEquals(string text, int start, int end, string lower)
    {
        if (end - start != lower.Length)
        {
            return false;
        }

        for (var k = 0; k < lower.Length; k++)
        {
            if (char.ToLowerInvariant(text[start + k]) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Lexicon TitlesIgnoringCase = Lexicon.GetIgnoreCase("quote-titles");

    /// <summary>Where the title words written just before a name start ("Republican Sen.", "the former senator").</summary>
    private int TitlesStartBefore(int offset)
    {
        var titles = TitlesIgnoringCase;
        var start = offset;
        for (var taken = 0; taken < 4; taken++)
        {
            var end = start;
            while (end > 0 && _text[end - 1] == ' ')
            {
                end--;
            }

            var begin = end;
            while (begin > 0 && (char.IsLetter(_text[begin - 1]) || _text[begin - 1] is '.' or '-'))
            {
                begin--;
            }

            var wordEnd = end;
            while (wordEnd > begin && _text[wordEnd - 1] == '.')
            {
                wordEnd--;
            }

            if (wordEnd == begin || !titles.Contains(_text, begin, wordEnd - begin))
            {
                break;
            }

            start = begin;
        }

        return start;
    }

    /// <summary>True when <paramref name="offset"/> lies inside a quotation (spans are in text order and never overlap).</summary>
    private bool IsQuoted(int offset)
    {
        // The last span opening at or before the offset is the only one that can hold it.
        int lo = 0, hi = _quoted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_quoted[mid].Open <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && offset < _quoted[lo - 1].End;
    }
}
