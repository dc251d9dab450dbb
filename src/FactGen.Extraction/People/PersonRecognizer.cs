using System;
using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>
/// Finds people: capitalised names with their titles (before the name or in an appositive after it),
/// confirmed by a title or honorific, a given name, or the shape of the name and its context; then
/// joins later short mentions ("Premier Li", "Li", "Li's") to the full name introduced earlier.
/// </summary>
internal static class PersonRecognizer
{
    // Candidates live only while one article is recognised; one list per thread is reused for all of them.
    [ThreadStatic]
    private static List<PersonCandidate>? _candidates;

    public static PeopleIndex Recognize(ArticleAnalysis article)
    {
        var context = new NameContext(article);
        var index = context.OwnsScratch ? new PeopleIndex(article.Scratch.People, article.Scratch.PersonMentions, article.Scratch.SparePeople, article.Scratch.SpareMentions) { Context = context } : new PeopleIndex { Context = context };
        // Pass 1: full names, each confirmed by its own evidence. A candidate depends on the text only, so
        // pass 2 reuses what pass 1 read.
        var candidates = _candidates ??= new List<PersonCandidate>();
        candidates.Clear();
        for (var s = 0; s < article.Sentences.Count; s++)
        {
            var spans = context.Spans(s);
            for (var k = 0; k < spans.Count; k++)
            {
                if (PersonCandidate.Read(context, spans[k]) is not { } candidate)
                {
                    continue;
                }

                candidates.Add(candidate);
                if (candidate.IsFullName)
                {
                    Add(context, index, candidate);
                }
            }
        }

        // Pass 2: short mentions of the people found ("Li", "Premier Li"), and titled single names ("Mr Smith").
        foreach (var candidate in candidates)
        {
            if (candidate.IsFullName || Covered(context, index, candidate))
            {
                continue;
            }

            var known = index.FindByName(candidate.Name, context.StartOf(candidate.NameSpan));
            if (known is not null || candidate.Title is not null || candidate.Gender is not null)
            {
                Add(context, index, candidate);
            }
        }

        GenderFromPronouns.Assign(context, index);
        return index;
    }

    private static bool Covered(NameContext context, PeopleIndex index, PersonCandidate candidate)
    {
        return index.Covers(context.StartOf(candidate.NameSpan));
    }

    private static void Add(NameContext context, PeopleIndex index, PersonCandidate candidate)
    {
        var start = context.StartOf(candidate.NameSpan);
        var entity = index.GetOrAdd(candidate.Name, start, context.LengthOf(candidate.NameSpan));
        if (candidate.Title is { } title)
        {
            if (!entity.HasTitle(title))
            {
                entity.AddTitle(title);
            }

            var titled = candidate.TitledSurface;
            if (titled is not null && titled != entity.Name && !entity.HasAlias(titled))
            {
                entity.AddAlias(titled);
            }
        }

        entity.Gender ??= candidate.Gender ?? GenderOfGivenName(candidate.Name);
    }

    private static char? GenderOfGivenName(string name)
    {
        var space = name.IndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var first = WordTable.Current.Get(name, 0, space);
        var male = first.IsMaleName;
        var female = first.IsFemaleName;
        return male == female ? null : male ? 'm' : 'f';
    }
}
