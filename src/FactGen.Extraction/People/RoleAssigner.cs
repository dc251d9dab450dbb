using System;
using System.Collections.Generic;
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
    internal static readonly HashSet<string> SpeakerNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "speakers", "speaker", "panelists", "panellists", "keynote", "keynotes", "presenters",
    };

    public static void Assign(ArticleAnalysis article, PeopleIndex people, IReadOnlyList<QuoteFact> quotes)
    {
        NonPersonFilter.Apply(people);
        MarkSpeakers(people, quotes);

        var context = people.Context is { } known && ReferenceEquals(known.Article, article) ? known : new NameContext(article);
        // The mentions are sorted by offset: their sentence is found by walking forward, not by a search each.
        var s = 0;
        var sentences = article.Sentences;
        foreach (var mention in people.Mentions)
        {
            while (s + 1 < sentences.Count && sentences[s + 1].Start <= mention.Start)
            {
                s++;
            }

            var tokens = article.SentenceTokens[s];
            var at = IndexOf(tokens, mention.Start);
            var end = IndexAfter(tokens, mention.Start + mention.Length);
            if (at < 0)
            {
                continue;
            }

            if (ReportedAsSaying(context, s, tokens, at, end) || AmongSpeakers(context, s, tokens, at))
            {
                mention.Entity.Role = PersonRole.Speaker;
            }
            else if (mention.Entity.Role != PersonRole.Speaker && ReportedAbsent(context, s, tokens, at, end))
            {
                mention.Entity.Role = PersonRole.Absent;
            }
        }
    }

    /// <summary>"X said", "X, the minister, told", "said X", "according to X".</summary>
    private static bool ReportedAsSaying(NameContext context, int s, TokenRange tokens, int at, int end)
    {
        // Membership of the reporting-verbs lexicon is a flag of the word, looked up once per word.
        var next = SkipAppositive(context, s, tokens, end);
        if (next < tokens.Count && context.Info(s, next).IsInReportingVerbs)
        {
            return true;
        }

        // "X has said", "X also warned".
        if (next + 1 < tokens.Count && Word(context, s, tokens, next) is "has" or "had" or "also" or "then" or "later" or "further" &&
            context.Info(s, next + 1).IsInReportingVerbs)
        {
            return true;
        }

        if (at >= 1 && context.Info(s, at - 1).IsInReportingVerbs && Word(context, s, tokens, at - 1) != "told")
        {
            return true;
        }

        return at >= 2 && Word(context, s, tokens, at - 2).Equals("according", StringComparison.OrdinalIgnoreCase) && Word(context, s, tokens, at - 1) == "to";
    }

    /// <summary>"speakers included X, Y and Z", "among the speakers were X".</summary>
    private static bool AmongSpeakers(NameContext context, int s, TokenRange tokens, int at)
    {
        // No speaker noun before the sentence's first one: most sentences have none, and skip the look-back.
        for (var i = Math.Max(Math.Max(0, at - 40), context.FirstSpeakerNoun(s)); i < at; i++)
        {
            if (context.Info(s, i).IsSpeakerNoun && ListFollows(context, s, tokens, i + 1, at))
            {
                for (var j = i + 1; j < at; j++)
                {
                    if (Word(context, s, tokens, j) is "." or ";")
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
    private static bool ListFollows(NameContext context, int s, TokenRange tokens, int from, int at)
    {
        if (from >= 3 && Word(context, s, tokens, from - 3).Equals("among", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var i = from; i < at && i < from + 5; i++)
        {
            if (Word(context, s, tokens, i) is "included" or "include" or "includes" or "including" or "were" or "was" or "such" or "like" or ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"X did not attend", "X was absent", "notably absent was X", "X skipped the event".</summary>
    private static bool ReportedAbsent(NameContext context, int s, TokenRange tokens, int at, int end)
    {
        // "X, who did not attend, ..." : the cue may stand inside the appositive too.
        if (end < tokens.Count && Word(context, s, tokens, end) == "," && end + 1 < tokens.Count && Word(context, s, tokens, end + 1) == "who" &&
            AbsentCue(Words(context, s, tokens, end + 2, 5)))
        {
            return true;
        }

        var next = SkipAppositive(context, s, tokens, end);
        if (FirstLetterIs(context, tokens, next, "dpwcs") && AbsentAfter(Words(context, s, tokens, next, 4)))
        {
            return true;
        }

        // "Notably absent was Indonesian envoy Siti Rahma": the cue, then only words up to the name.
        for (var i = at - 1; i >= 1 && i >= at - 8; i--)
        {
            var word = Word(context, s, tokens, i);
            if (tokens[i].Kind != TokenKind.Word)
            {
                break;
            }

            if ((word is "was" or "were") && Word(context, s, tokens, i - 1) is "absent" or "missing")
            {
                return true;
            }
        }

        // The cues before the name end in "was", "were", "absentees", ":" or "of".
        if (at == 0 || !LastLetterIs(context, tokens, at - 1, "sef:"))
        {
            return false;
        }

        var before = Words(context, s, tokens, Math.Max(0, at - 3), at - Math.Max(0, at - 3));
        return before.EndsWith("absent was") || before.EndsWith("absent were") ||
               before.EndsWith("absent:") || before.EndsWith("absentees") ||
               before.EndsWith("absence of") || before.EndsWith("missing was");
    }

    /// <summary>
    /// True when the token's first letter, in lower case, is one of <paramref name="letters"/>: a cheap test on
    /// the text before the words are joined, since every cue phrase starts with one of a few letters.
    /// </summary>
    private static bool FirstLetterIs(NameContext context, TokenRange tokens, int token, string letters) =>
        token < tokens.Count && letters.IndexOf(char.ToLowerInvariant(context.Article.Raw[tokens[token].Start])) >= 0;

    /// <summary>As <see cref="FirstLetterIs"/> for the token's last letter.</summary>
    private static bool LastLetterIs(NameContext context, TokenRange tokens, int token, string letters) =>
        letters.IndexOf(char.ToLowerInvariant(context.Article.Raw[tokens[token].End - 1])) >= 0;

    /// <summary>"did not attend", "pulled out", "was absent", "skipped": the words after a name that say the person was not there.</summary>
    private static bool AbsentAfter(LowerWords after)
    {
        if (AbsentCue(after))
        {
            return true;
        }

        if (after.StartsWith("declined to attend") || after.StartsWith("pulled out") ||
            after.StartsWith("withdrew") || after.StartsWith("cancelled") ||
            after.StartsWith("canceled") || after.StartsWith("stayed home"))
        {
            return true;
        }

        if (after.StartsWith("did not attend") || after.StartsWith("did not participate") ||
            after.StartsWith("didn't attend") || after.StartsWith("was absent") ||
            after.StartsWith("were absent") || after.StartsWith("skipped") ||
            after.StartsWith("stayed away") || after.StartsWith("was not present") ||
            after.StartsWith("did not show") || after.StartsWith("was a no-show") ||
            after.StartsWith("did not take part") || after.StartsWith("was missing"))
        {
            return true;
        }

        return false;
    }

    private static bool AbsentCue(LowerWords words) =>
        words.StartsWith("did not attend") || words.StartsWith("didn't attend") ||
        words.StartsWith("did not participate") || words.StartsWith("was absent") ||
        words.StartsWith("did not take part") || words.StartsWith("declined to attend") ||
        words.StartsWith("pulled out") || words.StartsWith("stayed away");

    /// <summary>Skips ", the French envoy," after a name, so "X, the envoy, said" reads as "X said".</summary>
    private static int SkipAppositive(NameContext context, int s, TokenRange tokens, int end)
    {
        if (end < tokens.Count && Word(context, s, tokens, end) == ",")
        {
            for (var i = end + 1; i < tokens.Count && i < end + 16; i++)
            {
                var word = Word(context, s, tokens, i);
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

    /// <summary>Gives the speaker role to every person who speaks a quotation.</summary>
    private static void MarkSpeakers(PeopleIndex people, IReadOnlyList<QuoteFact> quotes)
    {
        // A few quotations and people (nearly every article): compared pairwise, no set needed.
        if ((long)quotes.Count * people.Entities.Count <= 1024)
        {
            foreach (var person in people.Entities)
            {
                for (var q = 0; q < quotes.Count; q++)
                {
                    if (quotes[q].Speaker == person.Name)
                    {
                        person.Role = PersonRole.Speaker;
                        break;
                    }
                }
            }

            return;
        }

        var speakers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in quotes)
        {
            if (quote.Speaker is { } speaker)
            {
                speakers.Add(speaker);
            }
        }

        foreach (var person in people.Entities)
        {
            if (speakers.Contains(person.Name))
            {
                person.Role = PersonRole.Speaker;
            }
        }
    }

    private static int IndexOf(TokenRange tokens, int start)
    {
        var i = IndexAfter(tokens, start);
        return i < tokens.Count && tokens[i].Start == start ? i : -1;
    }

    /// <summary>The first token that starts at or after <paramref name="end"/>: a binary search, as a run-on sentence may hold thousands.</summary>
    private static int IndexAfter(TokenRange tokens, int end) => TokenSearch.FirstAtOrAfter(tokens, end);

    private static string Word(NameContext context, int s, TokenRange tokens, int i) => context.Word(s, i);

    [ThreadStatic]
    private static LowerWords? _lowerWords;

    /// <summary>Tokens [<paramref name="from"/>, <paramref name="from"/> + <paramref name="count"/>) in lower case ("did not attend"); valid until the next call.</summary>
    private static LowerWords Words(NameContext context, int s, TokenRange tokens, int from, int count) =>
        (_lowerWords ??= new LowerWords()).Load(context, s, from, count);
}
