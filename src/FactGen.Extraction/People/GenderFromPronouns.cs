namespace FactGen.Extraction.People;

/// <summary>
/// Gives a gender to people whose honorific or given name did not: the pronouns of the sentence that
/// follows a mention, when that sentence names no one else and its pronouns all agree.
/// </summary>
internal static class GenderFromPronouns
{
    public static void Assign(NameContext context, PeopleIndex index)
    {
        foreach (var person in index.Entities)
        {
            if (person.Gender is not null)
            {
                continue;
            }

            var raw = context.Article.Raw;
            int male = 0, female = 0;
            foreach (var mention in person.Mentions)
            {
                var s = context.Article.SentenceIndexAt(mention.Start);
                for (var t = s; t <= s + 1 && t < context.Article.Sentences.Count; t++)
                {
                    if (t > s && NamesSomeoneElse(context, index, t, person))
                    {
                        break;
                    }

                    var tokens = context.Article.SentenceTokens[t];
                    for (var i = 0; i < tokens.Count; i++)
                    {
                        // Only words of 2 to 7 letters starting with h or s can be these pronouns: skip the rest
                        // without reading their word.
                        var token = tokens[i];
                        if (token.Length < 2 || token.Length > 7 || raw[token.Start] is not ('h' or 'H' or 's' or 'S'))
                        {
                            continue;
                        }

                        var info = context.Info(t, i);
                        male += info.IsMalePronoun ? 1 : 0;
                        female += info.IsFemalePronoun ? 1 : 0;
                    }
                }
            }

            if (male > 0 && female == 0)
            {
                person.Gender = 'm';
            }
            else if (female > 0 && male == 0)
            {
                person.Gender = 'f';
            }
        }
    }

    private static bool NamesSomeoneElse(NameContext context, PeopleIndex index, int sentence, PersonEntity person)
    {
        // Mentions are sorted by offset: look only at those inside the sentence.
        var range = context.Article.Sentences[sentence];
        var mentions = index.Mentions;
        var low = 0;
        var high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (mentions[middle].Start < range.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < mentions.Count && mentions[i].Start < range.End; i++)
        {
            if (mentions[i].Entity != person)
            {
                return true;
            }
        }

        return false;
    }
}
