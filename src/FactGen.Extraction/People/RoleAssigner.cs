using System;
using System.Collections.Generic;
using FactGen.Extraction.Lexicons;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>
/// Decides each person's role: <see cref="PersonRole.Speaker"/> when quoted or reported as saying
/// ("X said that", "X told", "said X", "according to X", "speakers included X, Y and Z"),
/// <see cref="PersonRole.Absent"/> when reported as not attending ("did not attend", "notably absent
/// was X", "X was absent"), else <see cref="PersonRole.Mentioned"/>. Speaking wins over absence.
/// </summary>
internal static class RoleAssigner
{
    private static readonly HashSet<string> SpeakerNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "speakers", "speaker", "panelists", "panellists", "keynote", "keynotes", "presenters",
    };

    public static void Assign(ArticleAnalysis article, PeopleIndex people, IReadOnlyList<QuoteFact> quotes)
    {
        NonPersonFilter.Apply(people);
        foreach (var quote in quotes)
        {
            foreach (var person in people.Entities)
            {
                if (quote.Speaker == person.Name)
                {
                    person.Role = PersonRole.Speaker;
                }
            }
        }

        var reporting = Lexicon.Get("reporting-verbs");
        foreach (var mention in people.Mentions)
        {
            var s = article.SentenceIndexAt(mention.Start);
            var tokens = article.SentenceTokens[s];
            var at = IndexOf(tokens, mention.Start);
            var end = IndexAfter(tokens, mention.Start + mention.Length);
            if (at < 0)
            {
                continue;
            }

            if (ReportedAsSaying(article, tokens, at, end, reporting) || AmongSpeakers(article, tokens, at))
            {
                mention.Entity.Role = PersonRole.Speaker;
            }
            else if (mention.Entity.Role != PersonRole.Speaker && ReportedAbsent(article, tokens, at, end))
            {
                mention.Entity.Role = PersonRole.Absent;
            }
        }
    }

    /// <summary>"X said", "X, the minister, told", "said X", "according to X".</summary>
    private static bool ReportedAsSaying(ArticleAnalysis article, List<Token> tokens, int at, int end, Lexicon reporting)
    {
        var next = SkipAppositive(article, tokens, end);
        if (next < tokens.Count && reporting.Contains(Word(article, tokens, next)))
        {
            return true;
        }

        // "X has said", "X also warned".
        if (next + 1 < tokens.Count && Word(article, tokens, next) is "has" or "had" or "also" or "then" or "later" or "further" &&
            reporting.Contains(Word(article, tokens, next + 1)))
        {
            return true;
        }

        if (at >= 1 && reporting.Contains(Word(article, tokens, at - 1)) && Word(article, tokens, at - 1) != "told")
        {
            return true;
        }

        return at >= 2 && Word(article, tokens, at - 2).Equals("according", StringComparison.OrdinalIgnoreCase) && Word(article, tokens, at - 1) == "to";
    }

    /// <summary>"speakers included X, Y and Z", "among the speakers were X".</summary>
    private static bool AmongSpeakers(ArticleAnalysis article, List<Token> tokens, int at)
    {
        for (var i = Math.Max(0, at - 40); i < at; i++)
        {
            if (SpeakerNouns.Contains(Word(article, tokens, i)) && ListFollows(article, tokens, i + 1, at))
            {
                for (var j = i + 1; j < at; j++)
                {
                    if (Word(article, tokens, j) is "." or ";")
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>"speakers included", "speakers were", "among the speakers", "speakers such as".</summary>
    private static bool ListFollows(ArticleAnalysis article, List<Token> tokens, int from, int at)
    {
        if (from >= 3 && Word(article, tokens, from - 3).Equals("among", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var i = from; i < at && i < from + 5; i++)
        {
            if (Word(article, tokens, i) is "included" or "include" or "includes" or "including" or "were" or "was" or "such" or "like" or ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"X did not attend", "X was absent", "notably absent was X", "X skipped the event".</summary>
    private static bool ReportedAbsent(ArticleAnalysis article, List<Token> tokens, int at, int end)
    {
        // "X, who did not attend, ..." : the cue may stand inside the appositive too.
        if (end < tokens.Count && Word(article, tokens, end) == "," && end + 1 < tokens.Count && Word(article, tokens, end + 1) == "who" &&
            AbsentCue(Words(article, tokens, end + 2, 5)))
        {
            return true;
        }

        var next = SkipAppositive(article, tokens, end);
        var after = Words(article, tokens, next, 4);
        if (AbsentCue(after))
        {
            return true;
        }

        if (after.StartsWith("declined to attend", StringComparison.Ordinal) || after.StartsWith("pulled out", StringComparison.Ordinal) ||
            after.StartsWith("withdrew", StringComparison.Ordinal) || after.StartsWith("cancelled", StringComparison.Ordinal) ||
            after.StartsWith("canceled", StringComparison.Ordinal) || after.StartsWith("stayed home", StringComparison.Ordinal))
        {
            return true;
        }

        if (after.StartsWith("did not attend", StringComparison.Ordinal) || after.StartsWith("did not participate", StringComparison.Ordinal) ||
            after.StartsWith("didn't attend", StringComparison.Ordinal) || after.StartsWith("was absent", StringComparison.Ordinal) ||
            after.StartsWith("were absent", StringComparison.Ordinal) || after.StartsWith("skipped", StringComparison.Ordinal) ||
            after.StartsWith("stayed away", StringComparison.Ordinal) || after.StartsWith("was not present", StringComparison.Ordinal) ||
            after.StartsWith("did not show", StringComparison.Ordinal) || after.StartsWith("was a no-show", StringComparison.Ordinal) ||
            after.StartsWith("did not take part", StringComparison.Ordinal) || after.StartsWith("was missing", StringComparison.Ordinal))
        {
            return true;
        }

        // "Notably absent was Indonesian envoy Siti Rahma": the cue, then only words up to the name.
        for (var i = at - 1; i >= 1 && i >= at - 8; i--)
        {
            var word = Word(article, tokens, i);
            if (tokens[i].Kind != TokenKind.Word)
            {
                break;
            }

            if ((word is "was" or "were") && Word(article, tokens, i - 1) is "absent" or "missing")
            {
                return true;
            }
        }

        var before = Words(article, tokens, Math.Max(0, at - 3), at - Math.Max(0, at - 3));
        return before.EndsWith("absent was", StringComparison.Ordinal) || before.EndsWith("absent were", StringComparison.Ordinal) ||
               before.EndsWith("absent:", StringComparison.Ordinal) || before.EndsWith("absentees", StringComparison.Ordinal) ||
               before.EndsWith("absence of", StringComparison.Ordinal) || before.EndsWith("missing was", StringComparison.Ordinal);
    }

    private static bool AbsentCue(string words) =>
        words.StartsWith("did not attend", StringComparison.Ordinal) || words.StartsWith("didn't attend", StringComparison.Ordinal) ||
        words.StartsWith("did not participate", StringComparison.Ordinal) || words.StartsWith("was absent", StringComparison.Ordinal) ||
        words.StartsWith("did not take part", StringComparison.Ordinal) || words.StartsWith("declined to attend", StringComparison.Ordinal) ||
        words.StartsWith("pulled out", StringComparison.Ordinal) || words.StartsWith("stayed away", StringComparison.Ordinal);

    /// <summary>Skips ", the French envoy," after a name, so "X, the envoy, said" reads as "X said".</summary>
    private static int SkipAppositive(ArticleAnalysis article, List<Token> tokens, int end)
    {
        if (end < tokens.Count && Word(article, tokens, end) == ",")
        {
            for (var i = end + 1; i < tokens.Count && i < end + 16; i++)
            {
                var word = Word(article, tokens, i);
                if (word is "." or ";" or ":" or "\"" or "\u201C" or "\u201D")
                {
                    break;
                }

                if (word == ",")
                {
                    return i + 1;
                }
            }
        }

        return end;
    }

    private static int IndexOf(List<Token> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == start)
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexAfter(List<Token> tokens, int end)
    {
        var i = 0;
        while (i < tokens.Count && tokens[i].Start < end)
        {
            i++;
        }

        // Skip a possessive "'s".
        return i;
    }

    private static string Word(ArticleAnalysis article, List<Token> tokens, int i) => article.TextOf(tokens[i]);

    private static string Words(ArticleAnalysis article, List<Token> tokens, int from, int count)
    {
        var parts = new List<string>();
        for (var i = from; i < tokens.Count && i < from + count; i++)
        {
            parts.Add(Word(article, tokens, i).ToLowerInvariant());
        }

        return string.Join(" ", parts).Replace(" ' t", "'t").Replace(" :", ":");
    }
}
