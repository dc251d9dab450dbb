namespace FactGen.Extraction.People;

/// <summary>
/// Drops "people" that later stages added by name but that are no person: a news agency or company
/// quoted as a source ("Interfax said"), a place, or a common word ("Death", "Commerce").
/// </summary>
internal static class NonPersonFilter
{
    public static void Apply(PeopleIndex people)
    {
        // Marked first, then removed with their mentions: a flag per person, not a set per article.
        var context = people.Context;
        var dropped = 0;
        foreach (var person in people.Entities)
        {
            if (!IsPerson(context, person))
            {
                person.Dropped = true;
                dropped++;
            }
        }

        if (dropped > 0)
        {
            people.Entities.RemoveAll(static e => e.Dropped);
            people.Mentions.RemoveAll(static m => m.Entity.Dropped);
        }
    }

    private static bool IsPerson(NameContext? context, PersonEntity person)
    {
        var name = person.Name;
        if (NameLexicons.IsKnownMedia(name) || NameLexicons.IsKnownCompany(name) || NameLexicons.IsPlace(name))
        {
            return false;
        }

        var table = WordTable.Current;
        for (var start = 0; start <= name.Length;)
        {
            var space = name.IndexOf(' ', start);
            var end = space < 0 ? name.Length : space;
            if (table.Get(name, start, end - start).IsOrganizationKeyword)
            {
                return false;
            }

            start = end + 1;
        }

        if (name.IndexOf(' ') >= 0)
        {
            return true;
        }

        // "Prime Minister May", "Mrs Brown": a title or an honorific vouches for a name that is also a word.
        if (person.Titles.Count > 0 || person.Gender is not null)
        {
            return true;
        }

        return !NameLexicons.NonPersonWords.Contains(name) && !(context?.AppearsLowercase(name) ?? false) &&
               !(name.Length > 1 && NameContext.IsAllUpper(name));
    }
}
