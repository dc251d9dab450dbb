using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.People;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Organizations;

/// <summary>
/// Finds organizations, their kind, and whether they take part in the event: names with an
/// organization word ("Ministry of Finance", "Acme Corp"), well-known companies and outlets,
/// acronyms, teams in results tables, and the members of lists such as "firms such as X, Y and Z".
/// A possessive ("Google's parent company Alphabet") separates two organizations.
/// </summary>
internal static class OrganizationRecognizer
{
    public static List<OrganizationFact> Recognize(ArticleAnalysis article, PeopleIndex people)
    {
        var context = people.Context ?? new NameContext(article);
        var found = new OrganizationSet(context);
        var notOrganizations = AcronymsOfOtherNames(context);
        var eventContext = ParticipationCues.IsEventArticle(context);

        var covered = CoveredByPeople(context, people);

        // Reused for every sentence and span, and from one article to the next (they are emptied before each use).
        var joined = context.Article.Scratch.JoinedSpans;
        var parts = context.Article.Scratch.SpanParts;
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var spans = context.Spans(s);
            if (spans.Count == 0)
            {
                continue;
            }

            var listed = ParticipationCues.ListedAfterCue(context, s);
            var participating = eventContext && ParticipationCues.SaysTakingPart(context, s);
            var eventSentence = ParticipationCues.NamesEvent(context, s);
            JoinedAcrossAnd(context, spans, joined);
            foreach (var raw in joined)
            {
                OutsidePeople(context, covered, raw, parts);
                foreach (var candidate in parts)
                {
                    var inList = listed is not null && candidate.First >= listed.Value;
                    var kind = Classify(context, candidate, inList || (participating && UnknownName(context, candidate)));
                    if (kind is null || (notOrganizations.Count > 0 && notOrganizations.Contains(context.TextOf(candidate))))
                    {
                        continue;
                    }

                    // An owner before a possessive ("Google's parent company") or a person's title ("Tesla chief
                    // executive Elon Musk") only qualifies another name.
                    var owner = context.IsFollowedByPossessive(s, candidate.End - 1) ||
                                (candidate.End < context.TokenCount(s) && context.Info(s, candidate.End).IsTitleWord);
                    var role = !owner && ((participating && kind != OrganizationKind.Media) || (inList && eventSentence)) ? OrganizationRole.Participant : OrganizationRole.Mentioned;
                    found.Add(candidate, kind.Value, role);
                }
            }
        }

        return found.ToFacts();
    }

    /// <summary>
    /// "Securities and Exchange Commission": a short name, "and", then a name ending in an organization word
    /// are one organization, unless the first part names something on its own (a place, a known firm).
    /// </summary>
    private static void JoinedAcrossAnd(NameContext context, SentenceSpans spans, List<NameSpan> joined)
    {
        joined.Clear();
        for (var i = 0; i < spans.Count; i++)
        {
            var left = spans[i];
            if (i + 1 < spans.Count)
            {
                var right = spans[i + 1];
                var s = left.Sentence;
                var andBetween = right.First == left.End + 1 && context.Word(s, left.End) == "and";
                var joinsKeyword = andBetween && (left.Count == 1 || !context.Info(s, left.End - 1).IsOrganizationKeyword) &&
                    ParticipationCues.ListedAfterCue(context, s) is null && left.Count <= 2 && right.Count >= 2 && context.Info(s, right.End - 1).IsOrganizationKeyword &&
                    !context.IsPlace(left) && !context.IsKnownCompany(left) &&
                    !context.IsKnownMedia(left) && !IsCalendarOrPlaceOnly(context, left);

                // "Ministry for Economic Affairs and Climate Action": the office's remit goes on after "and".
                var continuesRemit = andBetween && HeadOfConnector(context, left) && right.Count <= 3 && !context.IsPlace(right) &&
                    !context.IsKnownCompany(right) && !context.IsKnownMedia(right) &&
                    !HasKeyword(context, right);
                if (andBetween && (joinsKeyword || continuesRemit))
                {
                    joined.Add(new NameSpan(s, left.First, right.End));
                    i++;
                    continue;
                }
            }

            joined.Add(left);
        }
    }

    /// <summary>A name in brackets after an all-capital place that opens the sentence: "OSLO, May 2 (Acme News) -".</summary>
    private static bool IsDatelineCredit(NameContext context, NameSpan span)
    {
        var s = span.Sentence;
        if (span.First < 2 || context.Word(s, span.First - 1) != "(" || span.End >= context.TokenCount(s) || context.Word(s, span.End) != ")")
        {
            return false;
        }

        var first = context.Word(s, 0);
        return first.Length > 1 && NameContext.IsAllUpper(first) && span.First < 12;
    }

    /// <summary>"Ministry of X", "Department for Y": an organization word, then "of" or "for".</summary>
    private static bool HeadOfConnector(NameContext context, NameSpan span)
    {
        for (var i = span.First; i + 1 < span.End; i++)
        {
            if (context.Info(span.Sentence, i).IsOrganizationKeyword && context.Word(span.Sentence, i + 1) is "of" or "for")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The parts of a span that no person's name covers ("Lynn Roe of Acme Corp" gives "Acme Corp"), without
    /// a leading "The", connector or nationality and without trailing titles ("Acme Corp President").
    /// </summary>
    private static void OutsidePeople(NameContext context, bool[] coveredByPeople, NameSpan span, List<NameSpan> parts)
    {
        parts.Clear();
        var s = span.Sentence;
        var first = span.First;
        for (var i = span.First; i <= span.End; i++)
        {
            var covered = i < span.End && coveredByPeople[context.FlatIndex(s, i)];
            if (i < span.End && !covered)
            {
                continue;
            }

            if (Trim(context, new NameSpan(s, first, i)) is { } part)
            {
                parts.Add(part);
            }

            first = i + 1;
        }
    }

    /// <summary>Per token (see <see cref="NameContext.FlatIndex"/>): true when a person's mention covers where it starts.</summary>
    private static bool[] CoveredByPeople(NameContext context, PeopleIndex people)
    {
        var covered = ArticleScratch.Cleared(ref context.Article.Scratch.CoveredTokens, context.TotalTokens);
        foreach (var mention in people.Mentions)
        {
            var end = mention.Start + mention.Length;
            for (var s = context.Article.SentenceIndexAt(mention.Start); s < context.Article.Sentences.Count; s++)
            {
                var tokens = context.Article.SentenceTokens[s];
                if (tokens.Count > 0 && tokens[0].Start >= end)
                {
                    break;
                }

                // Tokens are in text order: the covered ones are a run from the mention's start to its end.
                var first = TokenSearch.FirstAtOrAfter(tokens, mention.Start);
                var i = first;
                for (; i < tokens.Count && tokens[i].Start < end; i++)
                {
                    covered[context.FlatIndex(s, i)] = true;
                }

                WorkMeter.Add(i - first);
            }
        }

        return covered;
    }

    private static NameSpan? Trim(NameContext context, NameSpan span)
    {
        var s = span.Sentence;
        var first = span.First;
        var end = span.End;
        // "Acme Corp President", "Federal Reserve Governor": a title after the name (but "Ministry of Defence" keeps its remit).
        while (end > first && (context.Info(s, end - 1).IsConnector || context.Word(s, end - 1) is "." or "&" ||
               (context.Info(s, end - 1).IsTitleWord && !context.Info(s, end - 1).IsOrganizationKeyword &&
                !(end - 2 >= first && context.Info(s, end - 2).IsConnector) &&
                (context.Info(s, end - 1).IsTitleHead || end == span.End)) ||
               context.Info(s, end - 1).IsHonorific))
        {
            end--;
        }

        // "Kia Motor Corp of South Korea": after a company suffix, "of" starts a place.
        for (var i = first + 1; i + 1 < end; i++)
        {
            if (context.Word(s, i) == "of" && context.Info(s, i - 1) is { IsOrganizationKeyword: true, OrganizationKind: OrganizationKind.Company } &&
                context.Word(s, i - 1) is "Inc" or "Corp" or "Ltd" or "Co" or "Plc" or "PLC" or "AG" or "SA" or "NV" or "GmbH" or "LLC" or "Group" or "Holdings")
            {
                end = i;
                break;
            }
        }

        while (first < end && (context.Word(s, first) is "The" or "." or "&" or "and" || context.Info(s, first).IsConnector ||
               context.Info(s, first).IsHonorific ||
               (first + 2 < end && IsNationality(context.Info(s, first)) && OfficeOfState(context, s, first + 1))))
        {
            first++;
        }

        return end > first ? new NameSpan(s, first, end) : null;
    }

    /// <summary>"Foreign Ministry", "Defence Ministry", "Embassy": an office the nationality before it only locates.</summary>
    private static bool OfficeOfState(NameContext context, int sentence, int at)
    {
        var word = context.Info(sentence, at);
        return word.IsTitleWord || word is { IsOrganizationKeyword: true, OrganizationKind: OrganizationKind.Government };
    }

    /// <summary>"Panamanian", "German": a nationality adjective, dropped before an organization's own name.</summary>
    private static bool IsNationality(WordInfo info) => info.PlaceKind is "demonym" || info.PlaceKind is "region" && EndsLikeNationality(info.Text);

    private static bool EndsLikeNationality(string word) =>
        (word.EndsWith("an", StringComparison.Ordinal) && !word.EndsWith("stan", StringComparison.Ordinal)) || word.EndsWith("ese", StringComparison.Ordinal) ||
        word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) ||
        word.EndsWith("ic", StringComparison.Ordinal) || word.EndsWith("i", StringComparison.Ordinal);

    private static bool HasKeyword(NameContext context, NameSpan span)
    {
        for (var i = span.First; i < span.End; i++)
        {
            if (context.Info(span.Sentence, i).IsOrganizationKeyword)
            {
                return true;
            }
        }

        return false;
    }

    private static OrganizationKind? Classify(NameContext context, NameSpan span, bool inList)
    {
        var s = span.Sentence;
        // The span's text is only cut out for a single word (shared, not copied); longer spans are looked up in place.
        var text = span.Count == 1 ? context.Word(s, span.First) : null;
        var phrase = context.PhraseOf(span);
        var placeKind = context.PlaceKind(span);
        if (phrase is { IsMedia: true } or { IsMediaAfterThe: true })
        {
            return OrganizationKind.Media;
        }

        if (phrase is { IsCompany: true })
        {
            return OrganizationKind.Company;
        }

        // "LONDON, March 4 (Wire Service) -": the outlet credited in a dateline.
        if (IsDatelineCredit(context, span))
        {
            return OrganizationKind.Media;
        }

        // "Leeds 2 Derby 1", "CHICAGO 74 57 .565": a city in a results table stands for its team.
        if (context.SportsLike && context.TableLine[s] && placeKind is "city" or "region" && span.End < context.TokenCount(s) &&
            context.Token(s, span.End).Kind == TokenKind.Number)
        {
            return OrganizationKind.Sport;
        }

        // "Manchester City", "Notts County": a place and a club word, in a sports report.
        if (context.SportsLike && span.Count >= 2 && context.Word(s, span.End - 1) is "City" or "County" or "Town" or "Athletic" or "Wanderers")
        {
            return OrganizationKind.Sport;
        }

        // "Kent beat Essex", "lost to Leeds": in a sports report a city or county that plays is its team.
        if (context.SportsLike && !context.Shouting[s] && placeKind is "city" or "region" && !IsVenue(context, span) && Plays(context, span))
        {
            return OrganizationKind.Sport;
        }

        if (placeKind is not null || IsCalendarOrPlaceOnly(context, span) || NameLexicons.EventNameEnds.Contains(context.Word(s, span.End - 1)) ||
            (text is not null && NameLexicons.TableHeadings.Contains(text)))
        {
            return null;
        }

        // "Russian Federation", "Czech Republic": a country, not an organization.
        if (span.Count == 2 && context.Info(s, span.First).IsPlace &&
            context.Word(s, span.First + 1) is "Federation" or "Republic" or "Kingdom" or "Emirates" or "States")
        {
            return null;
        }

        // "Ministry of Water Resources", "University of Lagos": the head word before "of" decides.
        if (span.Count > 2 && context.Info(s, span.First + 1).IsConnector &&
            context.Info(s, span.First) is { IsOrganizationKeyword: true, OrganizationKind: var head })
        {
            return head;
        }

        for (var i = span.End - 1; i >= span.First; i--)
        {
            if (context.Info(s, i) is { IsOrganizationKeyword: true, OrganizationKind: var kind })
            {
                // "United" makes a team only at the end of its name ("Leeds United"), or in a sports report.
                if (kind == OrganizationKind.Sport && !context.SportsLike && i != span.End - 1 && context.Word(s, i) is "United" or "Athletic" or "Club")
                {
                    continue;
                }

                // A keyword alone ("Department", "Club") names nothing in particular, but "Treasury" or "Dinamo" do.
                return text is not null && !NameContext.IsAllUpper(text) && !StandsAlone(text, kind) ? null : kind;
            }
        }

        // "NationsBank", "KeyCorp": a company word fused to the name.
        if (text is not null && FusedCompanyWord(text))
        {
            return OrganizationKind.Company;
        }

        if (inList)
        {
            return OrganizationKind.Company;
        }

        // An acronym of up to seven letters, dotted or not ("NATO", "U.N."), that is no common word or heading.
        if (text is not null && LetterCount(text) is >= 2 and <= 7 && IsLetters(text) && NameContext.IsAllUpper(text) && !context.Shouting[s] &&
            !NameLexicons.NonOrganizationAcronyms.Contains(text) && !NameLexicons.IsTitleWord(text) && !context.AppearsLowercase(text) &&
            !NameLexicons.TableHeadings.Contains(text) && !(span.End < context.TokenCount(s) && context.Word(s, span.End) == ":"))
        {
            return text.Contains("MEDIA") || text.Contains("NEWS") || text.EndsWith("TV", StringComparison.Ordinal) ? OrganizationKind.Media : OrganizationKind.Other;
        }

        if (context.SportsLike && !context.Shouting[s] && !IsVenue(context, span) && (!context.IsSentenceInitial(s, span.First) || context.TableLine[s]))
        {
            return SportsTeam(context, span) ? OrganizationKind.Sport : null;
        }

        return null;
    }

    /// <summary>A team in a sports article: a name that is no place, no person word and not written in lower case.</summary>
    private static bool SportsTeam(NameContext context, NameSpan span)
    {
        for (var i = span.First; i < span.End; i++)
        {
            var word = context.Info(span.Sentence, i);
            if (context.Token(span.Sentence, i).Kind == TokenKind.Word && (context.AppearsLowercase(word) || word.IsStopWord))
            {
                return false;
            }
        }

        return span.Count <= 3;
    }

    /// <summary>
    /// Acronyms the article defines for things that are no organization: "the Global Trade Summit (GTS)",
    /// "the Clean Air Plan (CAP)".
    /// </summary>
    private static HashSet<string> AcronymsOfOtherNames(NameContext context)
    {
        HashSet<string>? set = null;
        var raw = context.Article.Raw;
        for (var s = 0; s < context.Article.Sentences.Count; s++)
        {
            // A '(' is always a token of its own: a sentence without one in its text (nearly all) has none.
            var sentence = context.Article.Sentences[s];
            if (raw.IndexOf('(', sentence.Start, sentence.End - sentence.Start) < 0)
            {
                continue;
            }

            var tokens = context.Article.SentenceTokens[s];
            var count = tokens.Count;
            for (var i = 1; i + 2 < count; i++)
            {
                // The bracket test first, on the article text: most tokens fail it.
                var open = tokens[i];
                if (open.Kind != TokenKind.Punctuation || raw[open.Start] != '(')
                {
                    continue;
                }

                if (context.IsPunctuation(s, i + 2, ')') && NameContext.IsAllUpper(context.Word(s, i + 1)) &&
                    NameLexicons.EventNameEnds.Contains(context.Word(s, i - 1)))
                {
                    (set ??= new HashSet<string>(StringComparer.Ordinal)).Add(context.Word(s, i + 1));
                }
            }
        }

        return set ?? NoAcronyms;
    }

    // Shared by the articles without any such acronym; never added to.
    private static readonly HashSet<string> NoAcronyms = new(StringComparer.Ordinal);

    /// <summary>A capitalised name the article never writes in lower case and that is no place or person word.</summary>
    private static bool UnknownName(NameContext context, NameSpan span)
    {
        for (var i = span.First; i < span.End; i++)
        {
            var word = context.Info(span.Sentence, i);
            if (context.AppearsLowercase(word) || word.IsStopWord || word.IsPlace || word.IsNonPersonWord || word.IsCalendarWord)
            {
                return false;
            }
        }

        return !context.IsSentenceInitial(span.Sentence, span.First);
    }

    private static readonly HashSet<string> PlayVerbs = new(StringComparer.Ordinal)
    {
        "beat", "beats", "drew", "draw", "draws", "won", "win", "wins", "lost", "lose", "loses", "lead", "leads", "led",
        "trail", "trailed", "scored", "reached", "made", "closed", "took", "face", "faces", "play", "played", "plays",
        "host", "hosted", "hosts", "visit", "visited", "defeated", "edged", "thrashed", "crushed", "routed", "held",
        "needed", "moved", "went", "stayed", "remain", "remained", "finished", "declared", "batted", "bowled", "claimed",
        "against", "v", "vs", "over", "to",
    };

    /// <summary>A name that plays: "Kent beat", "beat Kent", "against Kent", "lost to Kent".</summary>
    private static bool Plays(NameContext context, NameSpan span)
    {
        var s = span.Sentence;
        var next = span.End < context.TokenCount(s) ? context.Word(s, span.End) : string.Empty;
        var before = span.First > 0 ? context.Word(s, span.First - 1) : string.Empty;
        return (PlayVerbs.Contains(next) && next is not ("against" or "v" or "vs" or "over" or "to")) ||
               before is "beat" or "against" or "v" or "vs" or "defeated" or "over" or "to" or "and" or "drew" or "with";
    }

    /// <summary>Venues: "at Hove", "at the Oval", "Hove: Sussex 363", "London (The Oval)", "Ellis Park".</summary>
    private static bool IsVenue(NameContext context, NameSpan span)
    {
        var s = span.Sentence;
        var before = span.First > 0 ? context.Word(s, span.First - 1) : string.Empty;
        return before is "at" or "in" or "from" or "to" or "At" or "In" or "(" or "near" ||
               (before == "the" && span.First > 1 && context.Word(s, span.First - 2) is "at" or "At" or "in") ||
               (span.End < context.TokenCount(s) && context.Word(s, span.End) is ":" or ")") ||
               context.Info(s, span.End - 1).IsNonPersonWord;
    }

    private static readonly string[] FusedCompanySuffixes = { "Bank", "Corp", "Tech", "Soft", "Net", "Com", "Air" };

    private static bool FusedCompanyWord(string word)
    {
        foreach (var suffix in FusedCompanySuffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) && char.IsLower(word[word.Length - suffix.Length - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StandsAlone(string word, OrganizationKind kind) =>
        kind == OrganizationKind.Sport ? word is not ("Club" or "Clubs" or "Federation" or "Olympic" or "Real" or "Racing" or "Sporting")
        : word is "Treasury" or "Parliament" or "Congress" or "Senate" or "Cabinet" or "Fed" or "Bundesbank" or "Kremlin" or "Pentagon";

    private static int LetterCount(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += char.IsLetter(c) ? 1 : 0;
        }

        return n;
    }

    private static bool IsLetters(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c != '&' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCalendarOrPlaceOnly(NameContext context, NameSpan span)
    {
        for (var i = span.First; i < span.End; i++)
        {
            var word = context.Info(span.Sentence, i);
            if (context.Token(span.Sentence, i).Kind == TokenKind.Word && !word.IsPlace && !word.IsCalendarWord && !word.IsConnector)
            {
                return false;
            }
        }

        return true;
    }
}
