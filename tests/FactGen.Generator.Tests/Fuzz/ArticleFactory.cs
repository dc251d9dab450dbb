using System;
using System.Collections.Generic;
using System.Text;

namespace FactGen.Generator.Tests.Fuzz;

/// <summary>
/// Builds one random article from a seeded <see cref="Random"/>: news-shaped text (titles, people with
/// titles, companies, attributed quotations, dated events with figures, all written here) mixed with
/// real sentences from the <see cref="SentencePool"/>, hostile fragments and random Unicode; or a real
/// article mutated; or noise. The same random state always gives the same article.
/// </summary>
internal sealed class ArticleFactory
{
    /// <summary>Text that tries to leave a literal, a comment or a doc comment, or to become a name that breaks code.</summary>
    private static readonly string[] HostileFragments =
    {
        "\"", "\\", "\\\\", "\\\"", "\"\"\"", "\"\"\"\"", "'", "{", "}", "{0}", "{{", "}}", "$\"{x}\"", "@\"", "*/", "/*", "//", "///",
        "</summary>", "<summary>", "</remarks>", "<see cref=\"X\"/>", "&amp;", "&", "<", ">", "]]>", "<!--", "-->", "<![CDATA[",
        "\"; } public static int Pwned = 1; //", "*/ public static int Pwned; /*", "</summary> public int X; /// <summary>",
        "#line 1 \"x\"", "#error boom", "#if false", "#endregion", "\\u0022", "\\U0000000A", "\\x22", "\\0",
        "class", "namespace", "static", "public", "void", "null", "true", "default", "global::System", "__arglist", "@class",
        "ToString", "GetHashCode", "Equals", "All", "People", "Speakers", "Firms", "Constants", "Facts", "__FactGenData", "Item",
        "3M", "7-Eleven", "123", "1st", "O'Brien", "D\u2019Arcy", "Jean-Luc", "AT&T", "Yahoo!", "C#", "F#", ".NET",
        "\u202Enimda\u202C", "\u2066x\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u2060",
        "\U000E0041", "\uFE0F", "\u3164", "\u115F", "\u034F", "\u180E",
        "\n", "\r", "\r\n", "\n\n", "\u0085", "\u2028", "\u2029", "\0", "\u0001", "\u001B[31m", "\u007F", "\u009F", "\t", "\f", "\v",
        "\uD800", "\uDC00", "\uDBFF\uDBFF", "\uFFFE", "\uFFFF", "\uFDD0", "\U0010FFFF", "\U0001F600", "\U0001F468\u200D\U0001F469",
        "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u300C", "\u300D", "\u2014", "\u2026",
    };

    private static readonly string[] GivenNames =
    {
        "Clara", "Tomas", "Ada", "Omar", "Ngozi", "Siobh\u00E1n", "Dmitri", "Yuki", "Priya", "Mateus", "Zo\u00EB", "Jos\u00E9", "Li", "Anne",
        "Ines", "Kwame", "Lars", "Mei", "Rafael", "Sanna", "Eric", "Grace", "Hamid", "Olga", "Pedro",
    };

    private static readonly string[] FamilyNames =
    {
        "Jensen", "Berg", "Moss", "Haddad", "Okafor", "Walsh", "Petrov", "Tanaka", "Raman", "Souza", "M\u00FCller", "Garc\u00EDa", "Qiang",
        "Lindqvist", "Mensah", "Chen", "Ortiz", "Virtanen", "Keller", "Novak", "Adeyemi",
    };

    private static readonly string[] Titles =
    {
        "Mayor", "Premier", "President", "Minister", "Dr", "Dr.", "Mr", "Mrs.", "Ms", "Professor", "Chief Executive", "Senator", "Governor",
    };

    private static readonly string[] CompanyWords =
    {
        "Brightgear", "Kestrel", "Northwind", "Bluefin", "Quantica", "Ironleaf", "Solace", "Vantor", "Helix", "Crestline", "Orbital", "Pinecone",
    };

    private static readonly string[] CompanySuffixes = { "Inc.", "Inc", "Ltd", "Corp.", "Group", "Systems", "Technologies", "plc", "GmbH", "AG", "SA" };

    private static readonly string[] Cities = { "Harbour City", "Port Ellen", "Lakeview", "Shanghai", "Paris", "Nairobi", "Lima", "Oslo" };

    private static readonly string[] Months = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    private static readonly string[] Weekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };

    private static readonly string[] Units = { "exhibitors", "companies", "visitors", "countries", "delegates", "products", "robots", "days" };

    private static readonly string[] Verbs = { "said", "told reporters", "added", "warned", "explained", "stressed", "noted", "emphasized" };

    private static readonly string[] QuoteWords =
    {
        "we", "will", "build", "a", "better", "future", "for", "everyone", "machines", "should", "help", "people", "not", "replace", "them",
        "this", "is", "the", "moment", "to", "act", "together", "and", "share", "knowledge", "openly", "no", "country", "can", "do", "it", "alone",
    };

    private readonly SentencePool _pool;

    public ArticleFactory(SentencePool pool) => _pool = pool;

    /// <summary>One article.</summary>
    public string Create(Random random)
    {
        var kind = random.Next(20);
        if (kind < 11)
        {
            return Structured(random);
        }

        if (kind < 18)
        {
            var source = random.Next(3) == 0 || _pool.Articles.Count == 0 ? Structured(random) : Pick(random, _pool.Articles);
            return Mutate(random, source, 1 + random.Next(12));
        }

        return Noise(random);
    }

    /// <summary>A news-shaped article: a title, then paragraphs of written templates and real sentences.</summary>
    private string Structured(Random random)
    {
        var builder = new StringBuilder();
        builder.Append(Maybe(random, Title(random))).Append("\n\n");
        var paragraphs = 1 + random.Next(7);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = 1 + random.Next(3);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(random.Next(5) < 3 || _pool.Sentences.Count == 0 ? Template(random) : Maybe(random, Pick(random, _pool.Sentences)));
            }

            builder.Append(random.Next(8) == 0 ? "\r\n\r\n" : "\n\n");
        }

        return builder.ToString();
    }

    private string Title(Random random) => random.Next(3) switch
    {
        0 => $"{Event(random)} opens in {Pick(random, Cities)}",
        1 => $"{Person(random)} backs {Company(random)}",
        _ => _pool.Sentences.Count > 0 ? Pick(random, _pool.Sentences) : "News",
    };

    /// <summary>A sentence shaped like the ones the engine looks for, each slot possibly hostile.</summary>
    private string Template(Random random)
    {
        var person = Maybe(random, Person(random));
        var company = Maybe(random, Company(random));
        var quote = Maybe(random, Quote(random));
        return random.Next(12) switch
        {
            0 => $"\"{quote},\" {person} {Pick(random, Verbs)}.",
            1 => $"\u201C{quote},\u201D said {person}.",
            2 => $"{person} said: \"{quote}.\"",
            3 => $"{person}, chief executive of {company}, said the firm would \"{quote}\".",
            4 => $"The {Maybe(random, Event(random))} opened in {Maybe(random, Pick(random, Cities))} on {Date(random)}, with more than {Number(random)} {Pick(random, Units)}.",
            5 => $"Firms such as {company}, {Maybe(random, Company(random))} and {Maybe(random, Company(random))} showed new products.",
            6 => $"{Pick(random, Titles)} {person} met {company} on {Pick(random, Weekdays)}, {Date(random)}.",
            7 => $"\"{quote}\" \u2014 {person}.",
            8 => $"\u00AB{quote}\u00BB, a d\u00E9clar\u00E9 {person}.",
            9 => $"About {Number(random)} {Pick(random, Units)} attended the {Maybe(random, Event(random))}, organisers said.",
            10 => $"\"{quote}.\n\n\"{Maybe(random, Quote(random))},\" {person} said.",
            _ => $"{person} of {company} said the {Maybe(random, Event(random))} would run until {Date(random)}.",
        };
    }

    private static string Person(Random random)
    {
        var name = Pick(random, GivenNames) + " " + Pick(random, FamilyNames);
        return random.Next(3) == 0 ? Pick(random, Titles) + " " + name : name;
    }

    private static string Company(Random random) =>
        Pick(random, CompanyWords) + (random.Next(3) == 0 ? " " + Pick(random, CompanyWords) : string.Empty) + " " + Pick(random, CompanySuffixes);

    private static string Event(Random random) =>
        $"{Pick(random, new[] { "World", "Northern", "Global", "Annual" })} {Pick(random, new[] { "Robotics", "AI", "Book", "Climate" })} {Pick(random, new[] { "Expo", "Conference", "Fair", "Summit" })}";

    private static string Date(Random random) =>
        $"{1 + random.Next(28)} {Pick(random, Months)} {1990 + random.Next(50)}";

    private static string Number(Random random) => random.Next(4) switch
    {
        0 => random.Next(10, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",000",
        2 => random.Next(1, 9).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + random.Next(10) + " million",
        _ => "2,147,483,648",
    };

    private static string Quote(Random random)
    {
        var builder = new StringBuilder();
        var words = 3 + random.Next(15);
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(random.Next(6) == 0 ? Hostile(random) : Pick(random, QuoteWords));
        }

        builder[0] = char.ToUpperInvariant(builder[0]);
        return builder.ToString();
    }

    /// <summary>The value, or (one time in four) the value with hostile text or random characters put into it.</summary>
    private static string Maybe(Random random, string value)
    {
        if (random.Next(4) != 0 || value.Length == 0)
        {
            return value;
        }

        var at = random.Next(value.Length + 1);
        return value.Substring(0, at) + Hostile(random) + value.Substring(at);
    }

    private static string Hostile(Random random) => random.Next(5) switch
    {
        0 => RandomUnicode(random, 1 + random.Next(6)),
        1 => LongToken(random),
        _ => Pick(random, HostileFragments),
    };

    /// <summary>A very long token: a capitalised word, a digit run or a name-like run of capitals.</summary>
    private static string LongToken(Random random)
    {
        var length = 50 + random.Next(random.Next(10) == 0 ? 3000 : 400);
        var builder = new StringBuilder(length);
        var style = random.Next(3);
        for (var i = 0; i < length; i++)
        {
            builder.Append(style switch
            {
                0 => i == 0 ? 'X' : (char)('a' + random.Next(26)),
                1 => (char)('0' + random.Next(10)),
                _ => i % 8 == 0 ? ' ' : (char)('A' + random.Next(26)),
            });
        }

        return builder.ToString();
    }

    /// <summary>Code units from everywhere: every plane, lone surrogates, format and control characters, noncharacters.</summary>
    private static string RandomUnicode(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                case 1:
                case 2:
                    builder.Append((char)random.Next(0x20, 0x10000)); // may be a lone surrogate half
                    break;
                case 3:
                    builder.Append(char.ConvertFromUtf32(Scalar(random, 0x10000, 0x110000)));
                    break;
                case 4:
                    builder.Append((char)random.Next(0, 0x20));
                    break;
                case 5:
                    builder.Append((char)random.Next(0x7F, 0xA0));
                    break;
                case 6:
                    builder.Append((char)random.Next(0xD800, 0xE000));
                    break;
                case 7:
                    builder.Append(Pick(random, new[] { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C" }));
                    break;
                case 8:
                    builder.Append(Pick(random, new[] { "\u200B", "\u200C", "\u200D", "\u2060", "\u2061", "\u2062", "\u2063", "\u2064", "\uFEFF", "\u00AD", "\U000E0001", "\U000E0020", "\U000E007F", "\uFE00", "\uFE0F", "\U000E0100", "\u3164", "\uFFF9", "\u0600", "\U0001D173" }));
                    break;
                default:
                    builder.Append(Pick(random, new[] { "\uFFFE", "\uFFFF", "\uFDD0", "\uFDEF", "\U0001FFFE", "\U0010FFFF", "\u2028", "\u2029", "\u0085" }));
                    break;
            }
        }

        return builder.ToString();
    }

    private static int Scalar(Random random, int from, int to) => random.Next(from, to);

    /// <summary>Edits an article: inserts hostile text, deletes, duplicates, swaps quote marks, breaks lines, flips characters.</summary>
    private static string Mutate(Random random, string text, int edits)
    {
        var builder = new StringBuilder(text);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(7))
            {
                case 0:
                case 1:
                    builder.Insert(at, Hostile(random));
                    break;
                case 2:
                    if (builder.Length > 0)
                    {
                        var start = Math.Min(at, builder.Length - 1);
                        builder.Remove(start, Math.Min(builder.Length - start, 1 + random.Next(40)));
                    }

                    break;
                case 3:
                    if (builder.Length > 0)
                    {
                        var start = Math.Min(at, builder.Length - 1);
                        var piece = builder.ToString(start, Math.Min(builder.Length - start, 1 + random.Next(200)));
                        builder.Insert(random.Next(builder.Length + 1), random.Next(4) == 0 ? Repeat(piece, 2 + random.Next(30)) : piece);
                    }

                    break;
                case 4:
                    builder.Replace('"', Pick(random, new[] { '\u201C', '\u201D', '\'', '\u00AB', '"' }));
                    builder.Insert(at, Pick(random, new[] { "\"", "\u201C", "\u201D", "\"\"", "''" }));
                    break;
                case 5:
                    if (builder.Length > 0)
                    {
                        builder[Math.Min(at, builder.Length - 1)] = (char)random.Next(0, 0x10000);
                    }

                    break;
                default:
                    builder.Insert(at, Pick(random, new[] { "\n", "\r", "\r\n", "\u2028", "\u0085", "\n\n", "\f" }));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Mostly random characters with a little structure left in.</summary>
    private static string Noise(Random random)
    {
        var builder = new StringBuilder();
        var pieces = 1 + random.Next(40);
        for (var i = 0; i < pieces; i++)
        {
            builder.Append(random.Next(3) switch
            {
                0 => RandomUnicode(random, 1 + random.Next(30)),
                1 => Pick(random, HostileFragments),
                _ => Person(random) + " said \"" + RandomUnicode(random, 1 + random.Next(10)) + "\"",
            });
            builder.Append(random.Next(4) == 0 ? "\n" : " ");
        }

        return builder.ToString();
    }

    private static string Repeat(string piece, int times)
    {
        var builder = new StringBuilder(piece.Length * times);
        for (var i = 0; i < times; i++)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
