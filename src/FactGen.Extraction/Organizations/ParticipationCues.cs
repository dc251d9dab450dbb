using System;
using System.Collections.Generic;
using FactGen.Extraction.People;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Organizations;

/// <summary>
/// Words that say an organization takes part in an event: "exhibitors", "participating", "featuring",
/// "took part", and lists introduced by "firms such as" or "companies including".
/// </summary>
internal static class ParticipationCues
{
    internal static readonly HashSet<string> EventWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "conference", "exhibition", "expo", "fair", "summit", "forum", "show", "convention", "congress", "event",
        "festival", "trade show", "showcase", "exhibitors", "exhibitor",
    };

    internal static readonly HashSet<string> TakingPart = new(StringComparer.OrdinalIgnoreCase)
    {
        "exhibitor", "exhibitors", "exhibiting", "exhibited", "exhibit", "exhibits", "participating", "participated",
        "participate", "participants", "participant", "featuring", "featured", "showcased", "showcasing", "showcase",
        "unveiled", "unveiling", "displayed", "displaying", "booth", "booths", "pavilion", "pavilions", "demonstrated",
        "debuted", "attended", "attending", "attendees", "attendee",
    };

    internal static readonly HashSet<string> ListNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "firms", "companies", "businesses", "exhibitors", "participants", "brands", "startups", "start-ups", "giants",
        "players", "makers", "manufacturers", "developers", "groups", "corporations", "enterprises", "vendors",
        "names", "heavyweights", "titans", "leaders", "sponsors", "partners",
    };

    /// <summary>True when the article reports on an event (a conference, expo, fair...).</summary>
    public static bool IsEventArticle(NameContext context) => context.HasEventWord;

    /// <summary>True when the sentence itself names an event ("at the conference").</summary>
    public static bool NamesEvent(NameContext context, int sentence) => context.EventWordSentences[sentence];

    /// <summary>True when the sentence says something takes part ("among the exhibitors", "took part").</summary>
    public static bool SaysTakingPart(NameContext context, int sentence)
    {
        var count = context.TokenCount(sentence);
        for (var i = 0; i < count; i++)
        {
            var info = context.Info(sentence, i);
            var word = info.Text;
            var cue = info.IsTakingPartWord ||
                      ((word is "took" or "take" or "taking" or "takes") && i + 1 < count && context.Word(sentence, i + 1) == "part");
            if (cue && !Negated(context, sentence, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"did not participate", "declined to take part", "pulled out of the exhibition".</summary>
    private static bool Negated(NameContext context, int sentence, int cue)
    {
        for (var i = Math.Max(0, cue - 4); i < cue; i++)
        {
            var word = context.Word(sentence, i);
            var negation = word is "not" or "never" or "no" or "declined" or "refused" or "withdrew" or "cancelled" or "canceled" or "skipped" ||
                           word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal);
            if (negation || (word == "out" && i > 0 && context.Word(sentence, i - 1) == "pulled"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The token index where a list of organizations starts ("firms such as X, Y and Z", "companies including X",
    /// "companies like X"), or null when the sentence has none.
    /// </summary>
    public static int? ListedAfterCue(NameContext context, int sentence)
    {
        // Asked for every candidate name: worked out once per sentence.
        var cached = context.ListStarts[sentence];
        if (cached == NameContext.NotComputed)
        {
            cached = context.ListStarts[sentence] = FindListStart(context, sentence) ?? -1;
        }

        return cached < 0 ? null : cached;
    }

    private static int? FindListStart(NameContext context, int sentence)
    {
        if (!context.ListCueSentences[sentence])
        {
            return null;
        }

        var raw = context.Article.Raw;
        var tokens = context.Article.SentenceTokens[sentence];
        var count = tokens.Count;
        for (var i = 0; i < count; i++)
        {
            // Every cue starts with 's', 'i' or 'l' and has 2 to 9 letters: skip other words without reading them.
            var token = tokens[i];
            if (token.Length is < 2 or > 9 || raw[token.Start] is not ('s' or 'i' or 'l'))
            {
                continue;
            }

            var word = context.Word(sentence, i);
            int cueEnd;
            if (word == "such" && i + 1 < count && context.Word(sentence, i + 1) == "as")
            {
                cueEnd = i + 2;
            }
            else if (word is "including" or "like" or "include" or "included" or "includes")
            {
                cueEnd = i + 1;
            }
            else
            {
                continue;
            }

            for (var j = Math.Max(0, i - 4); j < i; j++)
            {
                if (context.Info(sentence, j).IsListNoun)
                {
                    return cueEnd;
                }
            }
        }

        return null;
    }
}
