using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>What an article says about the event it reports, and the dates it states.</summary>
internal sealed record EventFindings(
    List<EventFact> Events,
    List<DateFact> Dates,
    List<FactDiagnostic> Diagnostics);

/// <summary>
/// Finds the event an article reports (the most mentioned event name), and its city, country,
/// dates, theme and figures from the sentences that speak of it; also every date the article
/// states, with a diagnostic where a stated weekday does not match its date.
/// </summary>
internal static class EventRecognizer
{
    public static EventFindings Recognize(ArticleAnalysis article) => Recognize(article, DocumentInfoReader.Read(article));

    /// <summary>Recognises the event, reusing the already read <paramref name="document"/> (publication date).</summary>
    public static EventFindings Recognize(ArticleAnalysis article, DocumentInfo document)
    {
        var published = NewsCalendar.ParseIso(document.Published);
        var dateline = DatelineReader.Read(article);
        var names = EventNameFinder.Find(article);
        // The first year written with an event name, when there is no publication date.
        var year = published?.Year;
        for (var i = 0; year is null && i < names.Count; i++)
        {
            year = names[i].Year;
        }

        var dates = FindDates(article, published, dateline, year);

        var findings = new EventFindings(new List<EventFact>(), new List<DateFact>(), new List<FactDiagnostic>());
        foreach (var date in dates)
        {
            var evidence = article.EvidenceAt(date.Start, date.Length);
            findings.Dates.Add(new DateFact(NewsCalendar.Iso(date.Date), date.Weekday, evidence));
            if (date.WeekdayMismatch)
            {
                findings.Diagnostics.Add(new FactDiagnostic(
                    DiagnosticIds.WeekdayMismatch,
                    FactSeverity.Warning,
                    $"'{article.Raw.Substring(date.Start, date.Length)}': {date.Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} was a {NewsCalendar.WeekdayName(date.Date)}, not a {date.Weekday}.",
                    evidence.File,
                    evidence.Line,
                    evidence.Column,
                    evidence.Length));
            }
        }

        var main = MainEvent(article, names);
        if (main is not null)
        {
            findings.Events.Add(Describe(article, main, dates, published, dateline));
        }

        return findings;
    }

    /// <summary>
    /// Every date the article writes, then every lone weekday resolved against the publication date
    /// (or the dateline's date, its year taken from the dates written in full).
    /// </summary>
    private static List<FoundDate> FindDates(ArticleAnalysis article, DateTime? published, Dateline? dateline, int? year)
    {
        var dates = new List<FoundDate>();
        foreach (var sentence in article.Sentences)
        {
            // Cheap scan of the span first: most sentences hold no date, so their text is never cut out.
            if (DateFinder.MightHoldDate(article.Raw, sentence.Start, sentence.End))
            {
                DateFinder.FindExplicit(sentence.Text, sentence.Start, year, dates);
            }
        }

        var reference = published;
        if (reference is null && dateline is { Month: > 0 } && (year ?? dates.FirstOrDefault(d => d.YearWritten)?.Date.Year) is { } y)
        {
            reference = NewsCalendar.TryDate(y, dateline.Month, dateline.Day);
        }

        if (reference is not null)
        {
            foreach (var sentence in article.Sentences)
            {
                if (DateFinder.HasWeekday(article.Raw, sentence.Start, sentence.End))
                {
                    DateFinder.FindRelative(sentence.Text, sentence.Start, reference.Value, dates);
                }
            }
        }

        SortByStart(dates);
        return dates;
    }

    /// <summary>Stable sort by offset (an article states few dates, but a hostile one may state thousands out of order).</summary>
    private static void SortByStart(List<FoundDate> dates)
    {
        // Nearly always in order already (explicit dates then weekdays, each found in text order).
        var ordered = true;
        for (var i = 1; i < dates.Count && ordered; i++)
        {
            ordered = dates[i - 1].Start <= dates[i].Start;
        }

        if (ordered)
        {
            return;
        }

        var sorted = dates.OrderBy(d => d.Start).ToList();
        dates.Clear();
        dates.AddRange(sorted);
    }

    /// <summary>Up to this many candidates a key is searched for among them; past it, a table is built.</summary>
    private const int CandidateScanLimit = 16;

    /// <summary>The event mentioned most (ties: first mentioned), with all its mentions.</summary>
    private static EventCandidate? MainEvent(ArticleAnalysis article, List<EventNameMention> names)
    {
        var candidates = new List<EventCandidate>();
        Dictionary<string, EventCandidate>? byKey = null;
        var anyAcronymName = false;
        foreach (var mention in names)
        {
            if (EventNameFinder.IsAcronym(mention.Name))
            {
                anyAcronymName = true;
                continue;
            }

            var key = EventKey(mention.Name);
            var candidate = WithKey(candidates, ref byKey, key);
            if (candidate is null)
            {
                candidate = new EventCandidate(key);
                candidates.Add(candidate);
                byKey?.Add(key, candidate);
            }

            candidate.Names.Add(mention);
            if (mention.Acronym is not null && !candidate.Acronyms.Contains(mention.Acronym))
            {
                candidate.Acronyms.Add(mention.Acronym);
            }
        }

        if (anyAcronymName)
        {
            // The first candidate (in order) with the acronym, or whose key starts with it and '|': looked up, not searched.
            var firstWith = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < candidates.Count; i++)
            {
                IndexAcronyms(candidates[i], i, firstWith);
            }

            foreach (var mention in names)
            {
                if (EventNameFinder.IsAcronym(mention.Name) && !firstWith.ContainsKey(mention.Name))
                {
                    var candidate = new EventCandidate(mention.Name + "|");
                    candidate.Acronyms.Add(mention.Name);
                    candidates.Add(candidate);
                    IndexAcronyms(candidate, candidates.Count - 1, firstWith);
                }
            }
        }

        var acronymMentions = AcronymMentions(article, candidates);
        foreach (var candidate in candidates)
        {
            foreach (var name in candidate.Names)
            {
                candidate.Mentions.Add((name.Start, name.Length));
            }

            if (acronymMentions is not null && candidate.Acronyms.Count > 0)
            {
                AddOutsideNames(MentionsOf(candidate.Acronyms, acronymMentions), candidate.Names, candidate.Mentions);
            }

            if (candidate.Mentions.Count > 1)
            {
                candidate.Mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            }
        }

        // Highest score; ties go to the first mentioned, then to the first found.
        EventCandidate? best = null;
        var bestScore = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.Mentions.Count == 0)
            {
                continue;
            }

            var score = (2 * candidate.Mentions.Count) + HeadReferences(article, candidate);
            if (best is null || score > bestScore || (score == bestScore && candidate.Mentions[0].Start < best.Mentions[0].Start))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>How often the text refers back to the event by its final word in lower case ("the conference").</summary>
    private static int HeadReferences(ArticleAnalysis article, EventCandidate candidate)
    {
        if (candidate.Names.Count == 0)
        {
            return 0;
        }

        var name = candidate.Names[0].Name;
        var head = name.Substring(name.LastIndexOf(' ') + 1).ToLowerInvariant();
        var count = 0;
        foreach (var token in article.AllTokens)
        {
            if (token.Kind == TokenKind.Word && TokenText.Is(article, token, head))
            {
                count++;
            }
        }

        return count;
    }

    private static EventFact Describe(ArticleAnalysis article, EventCandidate main, List<FoundDate> dates, DateTime? published, Dateline? dateline)
    {
        var name = main.Names.Count == 0 ? main.Acronyms[0] : MostWrittenName(main.Names);
        var aliases = Aliases(main, name);

        var eventSentences = EventSentences(article, main);
        var place = EventPlace(article, main, eventSentences) ?? dateline?.Place;
        var country = place?.Country;
        if (dateline is not null && place is not null && place.City == dateline.Place.City)
        {
            country = dateline.Place.Country;
        }

        var (start, end) = EventDates(dates, eventSentences, article, published);
        var duration = Duration(article, eventSentences);
        if (start is not null && end is null && duration is > 1)
        {
            end = start.Value.AddDays(duration.Value - 1);
        }

        var theme = FirstTheme(article, eventSentences.Ascending) ?? FirstThemeAnywhere(article);

        return new EventFact(
            name,
            aliases,
            place?.City,
            country,
            start is null ? null : NewsCalendar.Iso(start.Value),
            end is null ? null : NewsCalendar.Iso(end.Value),
            theme?.Theme,
            new EquatableArray<FigureFact>(Figures(article, eventSentences).ToArray()),
            new EquatableArray<FactEvidence>(MentionEvidence(article, main)),
            duration);
    }

    /// <summary>The name written most often; ties go to the longer name, then to the ordinal first.</summary>
    private static string MostWrittenName(List<EventNameMention> names)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in names)
        {
            counts[mention.Name] = counts.TryGetValue(mention.Name, out var count) ? count + 1 : 1;
        }

        // Names are distinct keys, so the order is total and the pick does not depend on the table's order.
        string? best = null;
        var bestCount = 0;
        foreach (var pair in counts)
        {
            if (best is null || pair.Value > bestCount
                || (pair.Value == bestCount && (pair.Key.Length > best.Length || (pair.Key.Length == best.Length && string.CompareOrdinal(pair.Key, best) < 0))))
            {
                best = pair.Key;
                bestCount = pair.Value;
            }
        }

        return best!;
    }

    /// <summary>The event's other written names and acronyms, each once, in ordinal order.</summary>
    private static EquatableArray<string> Aliases(EventCandidate main, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        var aliases = new List<string>();
        foreach (var mention in main.Names)
        {
            if (seen.Add(mention.Name))
            {
                aliases.Add(mention.Name);
            }
        }

        foreach (var acronym in main.Acronyms)
        {
            if (seen.Add(acronym))
            {
                aliases.Add(acronym);
            }
        }

        aliases.Sort(StringComparer.Ordinal);
        return new EquatableArray<string>(aliases.ToArray());
    }

    private static FactEvidence[] MentionEvidence(ArticleAnalysis article, EventCandidate main)
    {
        var evidence = new FactEvidence[main.Mentions.Count];
        for (var i = 0; i < evidence.Length; i++)
        {
            evidence[i] = article.EvidenceAt(main.Mentions[i].Start, main.Mentions[i].Length);
        }

        return evidence;
    }

    /// <summary>The first theme stated in the given sentences, in their order; a sentence without "heme" is never cut out.</summary>
    private static FoundTheme? FirstTheme(ArticleAnalysis article, List<int> sentences)
    {
        foreach (var s in sentences)
        {
            if (ThemeIn(article, s) is { } theme)
            {
                return theme;
            }
        }

        return null;
    }

    /// <summary>The first theme stated anywhere in the article.</summary>
    private static FoundTheme? FirstThemeAnywhere(ArticleAnalysis article)
    {
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            if (ThemeIn(article, s) is { } theme)
            {
                return theme;
            }
        }

        return null;
    }

    private static FoundTheme? ThemeIn(ArticleAnalysis article, int s)
    {
        var sentence = article.Sentences[s];
        return ThemeFinder.MightHoldTheme(article.Raw, sentence.Start, sentence.End) ? ThemeFinder.Find(sentence.Text, sentence.Start) : null;
    }

    /// <summary>Indexes of the sentences that name the event or refer to it ("the conference", "this year's event").</summary>
    private static SentenceSet EventSentences(ArticleAnalysis article, EventCandidate main)
    {
        var set = new SentenceSet(article.Sentences.Count);
        foreach (var mention in main.Mentions)
        {
            set.Add(article.SentenceIndexAt(mention.Start));
        }

        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var tokens = article.SentenceTokens[s];
            var firstToken = article.FirstTokenOf(s);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind == TokenKind.Word && EventReference.IsReferenceNoun(article, tokens[i], firstToken + i)
                    && !(i > 0 && EventReference.IsNotEventModifier(article.TextOf(tokens[i - 1]))))
                {
                    set.Add(s);
                    break;
                }
            }
        }

        return set;
    }

    /// <summary>"NAME in CITY", "in CITY" near the event, or "the CITY conference".</summary>
    private static Place? EventPlace(ArticleAnalysis article, EventCandidate main, SentenceSet eventSentences)
    {
        foreach (var mention in main.Mentions)
        {
            var s = article.SentenceIndexAt(mention.Start);
            var tokens = article.SentenceTokens[s];
            var k = FirstTokenFrom(tokens, mention.Start + mention.Length);
            if (k >= 0 && k + 2 < tokens.Count && TokenText.Is(article, tokens[k], "(") && TokenText.Is(article, tokens[k + 2], ")"))
            {
                k += 3;
            }

            if (k >= 0 && k + 1 < tokens.Count && TokenText.Is(article, tokens[k], "in") && CityAt(article, tokens, k + 1) is { } place)
            {
                return place;
            }
        }

        foreach (var s in eventSentences.Ascending)
        {
            var tokens = article.SentenceTokens[s];
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (TokenText.Is(article, tokens[i], "in") && CityAt(article, tokens, i + 1) is { } place)
                {
                    return place;
                }

                if (EventReference.IsReferenceNoun(article, tokens[i + 1]) && CityEndingAt(article, tokens, i) is { } before)
                {
                    return before;
                }
            }
        }

        foreach (var s in eventSentences.Ascending)
        {
            if (UnlistedVenueTown(article, s) is { } town)
            {
                return town;
            }
        }

        // No city, but "in Portugal": the country alone.
        foreach (var s in eventSentences.Ascending)
        {
            var tokens = article.SentenceTokens[s];
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (TokenText.Is(article, tokens[i], "in") && IsCapitalisedWord(article, tokens[i + 1]) && CountryAt(article, tokens, i + 1) is { } country)
                {
                    return new Place(null, country);
                }
            }
        }

        return null;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>, or -1.</summary>
    private static int FirstTokenFrom(TokenRange tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= offset)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "The fair opened in Port Ellen on Monday": after a hosting verb and "in", one to three
    /// capitalised words that end the phrase name a town too small for the city list.
    /// </summary>
    private static Place? UnlistedVenueTown(ArticleAnalysis article, int sentence)
    {
        // The pattern needs " in " written: without it the sentence is never cut out.
        var span = article.Sentences[sentence];
        if (article.Raw.IndexOf(" in ", span.Start, span.End - span.Start, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var m = HostedIn.Match(span.Text);
        if (!m.Success)
        {
            return null;
        }

        var town = m.Groups["town"].Value;
        foreach (var word in town.Split(' '))
        {
            if (NewsCalendar.IsMonthName(word) || NewsCalendar.ParseWeekday(word) is not null || PlaceGazetteer.CountryOfDemonym(word) is not null)
            {
                return null;
            }
        }

        if (PlaceGazetteer.Country(town) is not null)
        {
            return null;
        }

        return new Place(town, m.Groups["country"].Success ? PlaceGazetteer.Country(m.Groups["country"].Value) : null);
    }

    private static readonly System.Text.RegularExpressions.Regex HostedIn = new(
        @"\b(?:held|opened|opens|open|took place|takes place|taking place|hosted|staged|kicked off|kicks off|gets under way|got under way|began|begins) in " +
        @"(?<town>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:, (?<country>\p{Lu}[\p{L} ]+?))?(?= on\b| from\b| this\b| last\b| next\b| at\b|[,.;]|$)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture);

    /// <summary>The city whose name starts at token <paramref name="k"/> (longest name first).</summary>
    internal static Place? CityAt(ArticleAnalysis article, TokenRange tokens, int k)
    {
        for (var n = Math.Min(PlaceGazetteer.MaxWords, tokens.Count - k); n >= 1; n--)
        {
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(article.Raw[tokens[k].Start]) || tokens[k + n - 1].Kind != TokenKind.Word)
            {
                continue;
            }

            var name = article.Raw.Substring(tokens[k].Start, tokens[k + n - 1].End - tokens[k].Start);
            var place = PlaceGazetteer.City(name);
            if (place is not null && (k + n >= tokens.Count || !IsCapitalisedWord(article, tokens[k + n])))
            {
                return place;
            }

            // "in Davos, Switzerland": a town too small for the list, placed by the country after it.
            if (k + n + 1 < tokens.Count && TokenText.Is(article, tokens[k + n], ",") && PlaceGazetteer.Country(name) is null)
            {
                var country = CountryAt(article, tokens, k + n + 1);
                if (country is not null && AllCapitalised(article, tokens, k, k + n))
                {
                    return place is not null && place.Country == country ? place : new Place(name, country);
                }
            }
        }

        return null;
    }

    private static string? CountryAt(ArticleAnalysis article, TokenRange tokens, int k)
    {
        for (var n = Math.Min(PlaceGazetteer.MaxWords, tokens.Count - k); n >= 1; n--)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k + n - 1].Kind == TokenKind.Word
                && PlaceGazetteer.Country(article.Raw.Substring(tokens[k].Start, tokens[k + n - 1].End - tokens[k].Start)) is { } country)
            {
                return country;
            }
        }

        return null;
    }

    private static bool AllCapitalised(ArticleAnalysis article, TokenRange tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!IsCapitalisedWord(article, tokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static Place? CityEndingAt(ArticleAnalysis article, TokenRange tokens, int last)
    {
        for (var n = Math.Min(PlaceGazetteer.MaxWords, last + 1); n >= 1; n--)
        {
            var first = last - n + 1;
            if (tokens[first].Kind != TokenKind.Word || !char.IsUpper(article.Raw[tokens[first].Start]) || tokens[last].Kind != TokenKind.Word)
            {
                continue;
            }

            var place = PlaceGazetteer.City(article.Raw.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start));
            if (place is not null)
            {
                return place;
            }
        }

        return null;
    }

    private static bool IsCapitalisedWord(ArticleAnalysis article, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(article.Raw[token.Start]);

    /// <summary>
    /// Start and end from the dates stated in the event's sentences: a range gives both, otherwise
    /// the earliest date is the start. A date whose weekday does not match is corrected to the
    /// publication date when that date has the stated weekday and lies within the week.
    /// </summary>
    private static (DateTime? Start, DateTime? End) EventDates(List<FoundDate> dates, SentenceSet eventSentences, ArticleAnalysis article, DateTime? published)
    {
        var stated = new List<FoundDate>();
        foreach (var date in dates)
        {
            if (!eventSentences.Contains(article.SentenceIndexAt(date.Start)))
            {
                continue;
            }

            // "The team won on Saturday" dates a match, not the event: a lone weekday dates the event only
            // beside an opening word, or after an end cue ("runs until Sunday").
            if (date.Relative && !OpeningCue.IsMatch(article.Sentences[article.SentenceIndexAt(date.Start)].Text) && !IsEnd(article, date))
            {
                continue;
            }

            var value = date;
            if (date.WeekdayMismatch && published is { } p && string.Equals(NewsCalendar.WeekdayName(p), date.Weekday, StringComparison.OrdinalIgnoreCase)
                && Math.Abs((p - date.Date).TotalDays) <= 6)
            {
                value = date with { Date = p, EndDate = null };
            }

            stated.Add(value);
        }

        var range = stated.FirstOrDefault(d => d.EndDate is not null);
        if (range is not null)
        {
            return (range.Date, range.EndDate);
        }

        // "from 26 July to 28 July": two dates joined by "to", "until", "through", "-" or "and".
        for (var i = 0; i + 1 < stated.Count; i++)
        {
            var (a, b) = (stated[i], stated[i + 1]);
            if (b.Start > a.Start + a.Length && b.Date > a.Date
                && RangeJoiner.IsMatch(article.Raw.Substring(a.Start + a.Length, b.Start - a.Start - a.Length)))
            {
                return (a.Date, b.Date);
            }
        }

        // "runs until Sunday", "closes on 30 June": an end, not a start.
        // The earliest of the other dates is the start, the latest end date the end.
        DateTime? start = null;
        DateTime? end = null;
        foreach (var date in stated)
        {
            if (IsEnd(article, date))
            {
                end = end is null || date.Date > end ? date.Date : end;
            }
            else
            {
                start = start is null || date.Date < start ? date.Date : start;
            }
        }

        return (start, end is not null && (start is null || end > start) ? end : null);
    }

    private static bool IsEnd(ArticleAnalysis article, FoundDate date)
    {
        var from = Math.Max(0, date.Start - 24);
        return EndCue.IsMatch(article.Raw.Substring(from, date.Start - from));
    }

    private static readonly System.Text.RegularExpressions.Regex OpeningCue = new(
        @"\b(?:open(?:s|ed|ing)?|beg[ia]n(?:s|ning)?|start(?:s|ed)?|kick(?:s|ed)? off|launch(?:es|ed)?|inaugurat\w*|got under way|gets under way|proposed|announced|speaking|spoke|addressed)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex RangeJoiner = new(
        @"^\s*(?:to|until|till|through|and|-|–)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex EndCue = new(
        @"\b(?:until|till|through|ends?|ended|closes?|closed|concludes?|concluded|ending|closing)(?: on)?\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static int? Duration(ArticleAnalysis article, SentenceSet eventSentences)
    {
        foreach (var s in eventSentences.Ascending)
        {
            var sentence = article.Sentences[s];
            if (article.Raw.IndexOf("day", sentence.Start, sentence.End - sentence.Start, StringComparison.OrdinalIgnoreCase) >= 0
                && EventReference.Duration(sentence.Text) is { } days)
            {
                return days;
            }
        }

        return null;
    }

    /// <summary>Figures in the event's sentences and in the sentence after one of them in the same paragraph; one per value and counted noun.</summary>
    private static List<FigureFact> Figures(ArticleAnalysis article, SentenceSet eventSentences)
    {
        var figures = new List<FigureFact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var follows = s > 0 && eventSentences.Contains(s - 1) && article.Sentences[s - 1].Paragraph == article.Sentences[s].Paragraph;
            if (!eventSentences.Contains(s) && !follows)
            {
                continue;
            }

            foreach (var figure in FigureFinder.Find(article, s))
            {
                var key = figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + UnitHead(figure.Unit);
                if (seen.Add(key))
                {
                    figures.Add(new FigureFact(figure.Value, figure.Unit, figure.Qualifier,
                        new EquatableArray<FactEvidence>(new[] { article.EvidenceAt(figure.Start, figure.Length) })));
                }
            }
        }

        return figures;
    }

    /// <summary>The counted noun's head, singular and lower case ("AI-powered devices" → "device").</summary>
    internal static string UnitHead(string unit)
    {
        var space = unit.LastIndexOf(' ');
        var head = (space < 0 ? unit : unit.Substring(space + 1)).ToLowerInvariant();
        if (head.EndsWith("ies", StringComparison.Ordinal) && head.Length > 4)
        {
            return head.Substring(0, head.Length - 3) + "y";
        }

        return head.EndsWith("s", StringComparison.Ordinal) ? head.Substring(0, head.Length - 1) : head;
    }

    /// <summary>The key that ties variants of one name together: acronym and final word ("WRE|expo").</summary>
    internal static string EventKey(string name)
    {
        var space = name.LastIndexOf(' ');
        return EventNameFinder.AcronymOf(name) + "|" + (space < 0 ? name : name.Substring(space + 1)).ToLowerInvariant();
    }

    /// <summary>Records the candidate as the first with each of its acronyms, and with its key's part before '|'.</summary>
    private static void IndexAcronyms(EventCandidate candidate, int index, Dictionary<string, int> firstWith)
    {
        foreach (var acronym in candidate.Acronyms)
        {
            if (!firstWith.ContainsKey(acronym))
            {
                firstWith[acronym] = index;
            }
        }

        var bar = candidate.Key.IndexOf('|');
        if (bar >= 0 && !firstWith.ContainsKey(candidate.Key.Substring(0, bar)))
        {
            firstWith[candidate.Key.Substring(0, bar)] = index;
        }
    }

    /// <summary>The candidate whose key is <paramref name="key"/>: searched among a few, looked up among many.</summary>
    private static EventCandidate? WithKey(List<EventCandidate> candidates, ref Dictionary<string, EventCandidate>? byKey, string key)
    {
        if (byKey is null && candidates.Count > CandidateScanLimit)
        {
            // Keys are distinct among candidates.
            byKey = new Dictionary<string, EventCandidate>(StringComparer.Ordinal);
            foreach (var candidate in candidates)
            {
                byKey.Add(candidate.Key, candidate);
            }
        }

        if (byKey is not null)
        {
            return byKey.TryGetValue(key, out var found) ? found : null;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Key == key)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Where each acronym of any candidate stands in the text: one pass over the tokens for all candidates.
    /// Null when no candidate has an acronym.
    /// </summary>
    private static Dictionary<string, List<(int Start, int Length)>>? AcronymMentions(ArticleAnalysis article, List<EventCandidate> candidates)
    {
        Dictionary<string, List<(int Start, int Length)>>? found = null;
        var longest = 0;
        foreach (var candidate in candidates)
        {
            foreach (var acronym in candidate.Acronyms)
            {
                found ??= new Dictionary<string, List<(int Start, int Length)>>(StringComparer.Ordinal);
                found[acronym] = new List<(int Start, int Length)>();
                longest = Math.Max(longest, acronym.Length);
            }
        }

        if (found is null)
        {
            return null;
        }

        var raw = article.Raw;
        foreach (var token in article.AllTokens)
        {
            if (token.Kind == TokenKind.Word && token.Length >= 2 && token.Length <= longest && char.IsUpper(raw[token.Start]) &&
                found.TryGetValue(raw.Substring(token.Start, token.Length), out var mentions))
            {
                mentions.Add((token.Start, token.Length));
            }
        }

        return found;
    }

    /// <summary>The mentions of any of <paramref name="acronyms"/>, in text order.</summary>
    private static List<(int Start, int Length)> MentionsOf(List<string> acronyms, Dictionary<string, List<(int Start, int Length)>> mentions)
    {
        if (acronyms.Count == 1)
        {
            return mentions[acronyms[0]];
        }

        var all = new List<(int Start, int Length)>();
        foreach (var acronym in acronyms)
        {
            all.AddRange(mentions[acronym]);
        }

        // A token is one acronym at most, so starts are distinct.
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    /// <summary>
    /// Adds to <paramref name="result"/> the acronym mentions not inside (or just after) one of the event's
    /// written names: a sweep over both in text order, keeping the furthest name end seen, instead of testing
    /// every name for every acronym.
    /// </summary>
    private static void AddOutsideNames(List<(int Start, int Length)> acronyms, List<EventNameMention> names, List<(int Start, int Length)> result)
    {
        if (acronyms.Count == 0)
        {
            return;
        }

        // Ties in start need no order: only the furthest end among the names started so far counts.
        var byStart = new (int Start, int End)[names.Count];
        for (var i = 0; i < byStart.Length; i++)
        {
            byStart[i] = (names[i].Start, names[i].Start + names[i].Length);
        }

        Array.Sort(byStart, static (x, y) => x.Start.CompareTo(y.Start));
        var next = 0;
        var furthestEnd = int.MinValue;
        foreach (var a in acronyms)
        {
            for (; next < byStart.Length && byStart[next].Start <= a.Start; next++)
            {
                furthestEnd = Math.Max(furthestEnd, byStart[next].End);
            }

            // Inside a name n when n.Start <= a.Start < n.End + a.Length + 3.
            if (furthestEnd == int.MinValue || a.Start >= furthestEnd + a.Length + 3)
            {
                result.Add(a);
            }
        }
    }

    private sealed class EventCandidate
    {
        public EventCandidate(string key) => Key = key;

        public string Key { get; }

        public List<EventNameMention> Names { get; } = new();

        public List<string> Acronyms { get; } = new();

        public List<(int Start, int Length)> Mentions { get; } = new();
    }
}
