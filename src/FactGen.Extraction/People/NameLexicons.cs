using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction.Lexicons;

namespace FactGen.Extraction.People;

/// <summary>
/// The word lists the people and organization recognisers share, loaded once. Place words come
/// from the shared countries/cities/demonyms lexicons when they are embedded, and always from the
/// recognisers' own place-words list.
/// </summary>
internal static class NameLexicons
{
    private static readonly Lazy<HashSet<string>> LazyMale = new(() => Set("given-names-male"));
    private static readonly Lazy<HashSet<string>> LazyFemale = new(() => Set("given-names-female"));
    private static readonly Lazy<HashSet<string>> LazyTitles = new(() => Set("person-titles", StringComparer.OrdinalIgnoreCase));
    private static readonly Lazy<Dictionary<string, char?>> LazyHonorifics = new(LoadHonorifics);
    private static readonly Lazy<Dictionary<string, char?>> LazyHonorificsBeforeDot = new(() =>
    {
        // "Dr." is found as "Dr" followed by a dot.
        var map = new Dictionary<string, char?>(StringComparer.Ordinal);
        foreach (var entry in LazyHonorifics.Value)
        {
            if (entry.Key.EndsWith(".", StringComparison.Ordinal))
            {
                map[entry.Key.Substring(0, entry.Key.Length - 1)] = entry.Value;
            }
        }

        return map;
    });
    private static readonly Lazy<Dictionary<string, string>> LazyPlaces = new(LoadPlaces);
    private static readonly Lazy<HashSet<string>> LazyCompanies = new(() => Set("companies"));
    private static readonly Lazy<HashSet<string>> LazyMedia = new(() => Set("media"));
    private static readonly Lazy<HashSet<string>> LazyMediaAfterThe = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in LazyMedia.Value)
        {
            if (name.StartsWith("The ", StringComparison.Ordinal))
            {
                set.Add(name.Substring(4));
            }
        }

        return set;
    });

    private static readonly Lazy<PhraseMap<PhraseFacts>> LazyPhrases = new(LoadPhrases);

    private static readonly Lazy<Dictionary<string, OrganizationKind>> LazyOrgKeywords = new(LoadOrgKeywords);
    private static readonly Lazy<HashSet<string>> LazyCalendar = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "months", "weekdays" })
        {
            foreach (var entry in Lexicon.Get(name).Entries)
            {
                set.Add(entry);
            }
        }

        return set;
    });

    /// <summary>Function words and other capitalised words that never start or make a name.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet", "if", "then",
        "in", "on", "at", "by", "for", "from", "to", "with", "without", "of", "off", "over", "under", "after",
        "before", "since", "until", "during", "about", "against", "between", "into", "through", "among", "amid",
        "as", "while", "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "there", "here",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "him",
        "them", "us", "me", "all", "both", "each", "every", "some", "any", "no", "not", "many", "most", "more",
        "few", "several", "other", "another", "such", "only", "also", "even", "just", "still", "however",
        "although", "though", "because", "unless", "whether", "meanwhile", "yesterday", "today", "tomorrow",
        "tonight", "last", "next", "first", "second", "third", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "mr", "mrs", "ms", "dr", "according", "despite", "following",
        "including", "like", "unlike", "now", "once", "again", "please", "thank", "thanks", "yes", "dear",
        "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "neither", "either", "instead", "rather", "perhaps", "later", "earlier", "former", "late", "early", "then",
        "asked", "says", "said", "would", "will", "can", "could", "should", "must", "may", "might", "shall",
        "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had", "let",
        "total", "results", "note", "scorers", "attendance", "standings", "source", "sources",
    };

    /// <summary>Capitalised words that belong to names of things, events and places, not people.</summary>
    public static readonly HashSet<string> NonPersonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "grand", "prix", "cup", "league", "open", "championship", "championships", "games", "world", "national",
        "international", "republic", "union", "series", "award", "awards", "prize", "festival", "conference",
        "summit", "day", "week", "year", "street", "road", "avenue", "square", "airport", "station", "river",
        "lake", "mount", "island", "islands", "bay", "valley", "hill", "hills", "north", "south", "east", "west",
        "northern", "southern", "central", "eastern", "western", "new", "great", "stock", "exchange", "index",
        "general", "federal", "state", "states", "city", "county", "province", "region", "district", "park",
        "stadium", "arena", "hall", "house", "palace", "tower", "center", "centre", "plaza", "bridge", "port",
        "ocean", "sea", "coast", "desert", "forest", "mountains", "basin", "peninsula", "strait", "gulf",
        "tour", "trophy", "olympics", "olympic", "marathon", "derby", "classic", "masters", "division",
        "conference", "senior", "junior", "women", "men", "under", "act", "treaty", "accord", "dow", "far", "rights", "democracy", "revolution", "war", "army", "force", "forces", "atoll", "reef", "canal", "cape",
        "glacier", "falls", "springs", "beach", "harbor", "harbour", "memorial", "monument", "embassy", "constitution",
        "plan", "initiative", "program", "programme", "project", "report", "index", "fund", "ai", "internet",
        "church", "cathedral", "school", "university", "college", "hospital", "museum", "gallery", "library",
        "christmas", "easter", "ramadan", "net", "action", "affairs", "climate", "development", "security", "cooperation",
        "environment", "welfare", "innovation", "research", "dynamics", "solutions", "ventures", "studios", "media", "old", "prison", "jail", "bonds", "shares", "stocks", "markets", "online", "digital", "global",
        "european", "english", "french", "german", "premier", "super", "first", "division", "test", "one-day",
        "democratic", "socialist", "communist", "liberal", "conservative", "labour", "green", "people", "peoples",
    };

    /// <summary>Last words of the names of competitions and events, which are not organizations ("World Cup").</summary>
    public static readonly HashSet<string> EventNameEnds = new(StringComparer.Ordinal)
    {
        "Cup", "Open", "Series", "Classic", "Tour", "Games", "Championship", "Championships", "Trophy", "Prix", "Olympics",
        "Marathon", "Masters", "Invitational", "Rally", "Grand", "Slam", "Bowl", "Week", "Day", "Award", "Awards", "Prize",
        "Conference", "Summit", "Expo", "Exhibition", "Fair", "Festival", "Show", "Initiative", "Plan", "Program", "Programme",
        "Project", "Strategy", "Agenda", "Declaration", "Act", "Treaty", "Accord", "Convention", "Protocol", "Era", "Race", "Euro",
    };

    /// <summary>Headings of results tables and reports ("Extras", "Bowling", "Net"), never a team or a name.</summary>
    public static readonly HashSet<string> TableHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "extras", "fall", "bowling", "batting", "scores", "score", "sales", "current", "net", "total", "totals", "note",
        "results", "result", "standings", "attendance", "halftime", "innings", "points", "pts", "played", "won", "lost",
        "drawn", "avg", "average", "chg", "prev", "previous", "high", "low", "close", "open", "change", "pct", "yield",
        "rank", "ranking", "group", "pool", "round", "final", "semifinal", "quarterfinal", "practice", "qualifying",
        "men", "women", "singles", "doubles", "race", "stage", "heat", "leg", "division", "conference", "arrive", "depart",
        "shr", "revs", "half", "notes", "govt", "bldg", "none", "tel", "fax", "name", "issuer", "issue", "sale", "call",
    };

    /// <summary>Thing-words that are common surnames too ("Joon Park", "Stuart Hall"), accepted after a given name.</summary>
    public static readonly HashSet<string> SurnameLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "park", "hall", "hill", "green", "west", "law", "young", "king", "house", "north", "south", "day", "rich", "bay",
    };

    /// <summary>Abbreviated months and weekdays ("Sept", "Wed").</summary>
    public static readonly HashSet<string> CalendarAbbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    };

    /// <summary>Lower-case words that may stand inside a name ("Ludwig van Beethoven", "Bank of England").</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "ibn", "al", "el",
        "dos", "das", "ter", "y", "wa", "of", "for",
    };

    /// <summary>Words that qualify a title rather than name it ("former Google CEO").</summary>
    public static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "ex", "then", "acting", "late", "current", "outgoing", "incoming", "interim", "senior",
        "top", "veteran", "retired", "newly", "elected", "new", "longtime", "long-time", "special", "chief",
        "managing", "general", "executive", "national", "regional", "federal", "state", "opposition", "party",
        "union", "team", "club", "group", "company", "campaign", "city", "county", "provincial", "local",
    };

    public static bool IsMaleName(string word) => LazyMale.Value.Contains(word);

    public static bool IsFemaleName(string word) => LazyFemale.Value.Contains(word);

    public static bool IsGivenName(string word) => IsMaleName(word) || IsFemaleName(word);

    /// <summary>Title words that only qualify another ("Foreign", "Health", "Deputy"): no title on their own.</summary>
    private static readonly HashSet<string> TitleQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "prime", "vice", "deputy", "assistant", "acting", "foreign", "defence", "defense", "finance", "interior", "trade",
        "economy", "economics", "health", "justice", "education", "agriculture", "industry", "energy", "transport",
        "labour", "labor", "culture", "information", "science", "technology", "state", "head",
        "general", "major", "majority", "minority",
    };

    /// <summary>True for a word that is a title by itself ("Minister", "coach", "CEO"), not only a qualifier ("Foreign").</summary>
    public static bool IsTitleHead(string word) => IsTitleWord(word) && !TitleQualifiers.Contains(word) || word is "chief executive";

    /// <summary>True for a word that makes up a title ("Minister", "coach", "CEO").</summary>
    public static bool IsTitleWord(string word) => LazyTitles.Value.Contains(word);

    /// <summary>True for "Mr", "Dr", "Sir"...; <paramref name="gender"/> is 'm', 'f' or null.</summary>
    public static bool IsHonorific(string word, out char? gender) => LazyHonorifics.Value.TryGetValue(word, out gender);

    /// <summary>As <c>IsHonorific(word + ".", out gender)</c>, without building the string.</summary>
    public static bool IsHonorificWithDot(string word, out char? gender) => LazyHonorificsBeforeDot.Value.TryGetValue(word, out gender);

    /// <summary>True for a country, region, city or nationality word or phrase.</summary>
    public static bool IsPlace(string text) =>
        PlaceKind(text) is not null;

    /// <summary>A city or a region ("Leeds", "California"): in a sports table, the name of a team.</summary>
    public static bool IsCityOrRegion(string text) => PlaceKind(text) is "city" or "region";

    /// <summary>"country", "region", "city", "demonym", or null for a word that is no place.</summary>
    public static string? PlaceKind(string text)
    {
        if (LazyPlaces.Value.TryGetValue(text, out var kind))
        {
            return kind;
        }

        return text.Length > 3 && NameContext.IsAllUpper(text) && LazyPlaces.Value.TryGetValue(TitleCase(text), out kind) ? kind : null;
    }

    /// <summary>"NEW YORK" as "New York", for headlines and datelines.</summary>
    public static string TitleCase(string text)
    {
        var chars = text.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>Upper-case abbreviations that name no organization.</summary>
    public static readonly HashSet<string> NonOrganizationAcronyms = new(StringComparer.Ordinal)
    {
        "AI", "IT", "TV", "GDP", "GNP", "CEO", "CFO", "PC", "OK", "AM", "PM", "DNA", "HIV", "AIDS", "CPI", "PPI", "VAT",
        "ID", "USB", "PDF", "FAQ", "IPO", "LLM", "LLMS", "GPU", "CPU", "API", "UTC", "GMT", "EST", "EDT", "BST", "CET",
        "XI", "MP", "MPS", "NB", "PS", "RE", "FYI", "AKA", "USD", "EUR", "GBP", "JPY", "ET", "PT",
    };

    public static bool IsCalendarWord(string word) => LazyCalendar.Value.Contains(word) || CalendarAbbreviations.Contains(word);

    public static bool IsKnownCompany(string name) => LazyCompanies.Value.Contains(name);

    public static bool IsKnownMedia(string name) => LazyMedia.Value.Contains(name);

    /// <summary>As <c>IsKnownMedia("The " + name)</c>, without building the string.</summary>
    public static bool IsKnownMediaAfterThe(string name) => LazyMediaAfterThe.Value.Contains(name);

    /// <summary>The organization kind a word such as "Ministry", "Inc" or "FC" implies.</summary>
    public static bool IsOrganizationKeyword(string word, out OrganizationKind kind) => LazyOrgKeywords.Value.TryGetValue(word, out kind);

    private static HashSet<string> Set(string lexicon, StringComparer? comparer = null) =>
        new(Lexicon.Get(lexicon).Entries, comparer ?? StringComparer.Ordinal);

    /// <summary>Known companies, outlets and places, looked up by a slice of the text.</summary>
    public static PhraseMap<PhraseFacts> Phrases => LazyPhrases.Value;

    private static PhraseMap<PhraseFacts> LoadPhrases()
    {
        var facts = new Dictionary<string, PhraseFacts>(StringComparer.Ordinal);
        PhraseFacts For(string phrase) => facts.TryGetValue(phrase, out var found) ? found : facts[phrase] = new PhraseFacts();
        foreach (var name in LazyCompanies.Value)
        {
            For(name).IsCompany = true;
        }

        foreach (var name in LazyMedia.Value)
        {
            For(name).IsMedia = true;
        }

        foreach (var name in LazyMediaAfterThe.Value)
        {
            For(name).IsMediaAfterThe = true;
        }

        foreach (var place in LazyPlaces.Value)
        {
            For(place.Key).PlaceKind = place.Value;
        }

        return new PhraseMap<PhraseFacts>(facts);
    }

    private static Dictionary<string, char?> LoadHonorifics()
    {
        var map = new Dictionary<string, char?>(StringComparer.Ordinal);
        foreach (var entry in Lexicon.Get("honorifics").Entries)
        {
            var parts = entry.Split('\t');
            map[parts[0].Trim()] = parts.Length > 1 && parts[1].Trim() is "m" or "f" ? parts[1].Trim()[0] : null;
        }

        return map;
    }

    private static Dictionary<string, OrganizationKind> LoadOrgKeywords()
    {
        var map = new Dictionary<string, OrganizationKind>(StringComparer.Ordinal);
        foreach (var entry in Lexicon.Get("organization-keywords").Entries)
        {
            var parts = entry.Split('\t');
            if (parts.Length == 2 && !map.ContainsKey(parts[0].Trim()) &&
                Enum.TryParse<OrganizationKind>(parts[1].Trim(), ignoreCase: true, out var kind))
            {
                map[parts[0].Trim()] = kind;
            }
        }

        return map;
    }

    private static Dictionary<string, string> LoadPlaces()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var available = typeof(Lexicon).Assembly.GetManifestResourceNames();
        foreach (var shared in new[] { "countries", "cities", "demonyms" })
        {
            if (available.Contains("FactGen.Extraction.Lexicons." + shared + ".txt", StringComparer.Ordinal))
            {
                var kind = shared == "countries" ? "country" : shared == "cities" ? "city" : "demonym";
                foreach (var entry in Lexicon.Get(shared).Entries)
                {
                    // Columns are names, variant names and two-letter country codes; the codes ("SC", "IT") are no names.
                    foreach (var column in entry.Split('\t'))
                    {
                        var name = column.Trim();
                        if (name.Length > 0 && !(name.Length == 2 && NameContext.IsAllUpper(name)) && !map.ContainsKey(name))
                        {
                            map[name] = kind;
                        }
                    }
                }
            }
        }

        foreach (var entry in Lexicon.Get("place-words").Entries)
        {
            var parts = entry.Split('\t');
            map[parts[0].Trim()] = parts.Length > 1 ? parts[1].Trim() : "region";
        }

        return map;
    }
}
