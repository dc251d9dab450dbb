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
        var eventContext = ParticipationCues.IsEventArticle(article);
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var listed = ParticipationCues.ListedAfterCue(context, s);
            var participating = eventContext && ParticipationCues.SaysTakingPart(context, s);
            foreach (var raw in CapitalisedSpans.Find(context, s))
            {
                var span = OutsidePeople(context, people, raw);
                if (span is not { } candidate)
                {
                    continue;
                }

                var inList = listed is not null && candidate.First >= listed.Value;
                var kind = Classify(context, candidate, inList);
                if (kind is null)
                {
                    continue;
                }

                var role = participating || (inList && eventContext) ? OrganizationRole.Participant : OrganizationRole.Mentioned;
                found.Add(candidate, kind.Value, role);
            }
        }

        return found.ToFacts();
    }

    /// <summary>The part of a span before any person named in it ("Google CEO Sundar Pichai" gives "Google"), minus a leading "The".</summary>
    private static NameSpan? OutsidePeople(NameContext context, PeopleIndex people, NameSpan span)
    {
        var end = span.End;
        for (var i = span.First; i < end; i++)
        {
            var start = context.Token(span.Sentence, i).Start;
            if (people.Mentions.Any(m => m.Start <= start && start < m.Start + m.Length))
            {
                end = i;
                break;
            }
        }

        // Title words after an organization: "Google CEO", "Tesla chief".
        for (var i = span.First; i < end; i++)
        {
            var word = context.Word(span.Sentence, i);
            if (NameLexicons.IsTitleWord(word) && !NameLexicons.IsOrganizationKeyword(word, out _) && end < span.End)
            {
                end = i;
                break;
            }
        }

        var first = span.First;
        while (first < end && (context.Word(span.Sentence, first) == "The" || NameLexicons.IsHonorific(context.Word(span.Sentence, first), out _)))
        {
            first++;
        }

        while (end > first && NameLexicons.Connectors.Contains(context.Word(span.Sentence, end - 1)))
        {
            end--;
        }

        return end > first ? new NameSpan(span.Sentence, first, end) : null;
    }

    private static OrganizationKind? Classify(NameContext context, NameSpan span, bool inList)
    {
        var s = span.Sentence;
        var text = context.TextOf(span);
        if (NameLexicons.IsKnownMedia(text) || NameLexicons.IsKnownMedia("The " + text))
        {
            return OrganizationKind.Media;
        }

        if (NameLexicons.IsKnownCompany(text))
        {
            return OrganizationKind.Company;
        }

        if (NameLexicons.IsPlace(text) || IsCalendarOrPlaceOnly(context, span))
        {
            return null;
        }

        for (var i = span.End - 1; i >= span.First; i--)
        {
            if (NameLexicons.IsOrganizationKeyword(context.Word(s, i), out var kind))
            {
                return span.Count == 1 && context.AppearsLowercase(text) && kind != OrganizationKind.Government ? null : kind;
            }
        }

        if (inList)
        {
            return OrganizationKind.Company;
        }

        if (span.Count == 1 && text.Length is >= 2 and <= 6 && NameContext.IsAllUpper(text) && !context.Shouting[s])
        {
            return OrganizationKind.Other;
        }

        if (context.SportsLike && !context.Shouting[s] && !context.IsSentenceInitial(s, span.First) | context.TableLine[s])
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
            var word = context.Word(span.Sentence, i);
            if (context.Token(span.Sentence, i).Kind == TokenKind.Word && (context.AppearsLowercase(word) || NameLexicons.StopWords.Contains(word)))
            {
                return false;
            }
        }

        return span.Count <= 3;
    }

    private static bool IsCalendarOrPlaceOnly(NameContext context, NameSpan span)
    {
        for (var i = span.First; i < span.End; i++)
        {
            var word = context.Word(span.Sentence, i);
            if (context.Token(span.Sentence, i).Kind == TokenKind.Word && !NameLexicons.IsPlace(word) && !NameLexicons.IsCalendarWord(word) &&
                !NameLexicons.Connectors.Contains(word))
            {
                return false;
            }
        }

        return true;
    }
}
