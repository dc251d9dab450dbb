using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FactGen.Extraction.Tests.Hostile;

/// <summary>
/// Generators of hostile articles that grow with n: every shape the issue names (unbalanced quotation marks,
/// long capitalised runs, pathological repetition, thousands of names) plus the ones that once made the
/// engine quadratic. Sentences are written for these tests.
/// </summary>
internal static class HostileShapes
{
    private static readonly string[] Given = { "John", "Mary", "Peter", "Anna", "David", "Sarah" };

    public static readonly IReadOnlyDictionary<string, Func<int, string>> All = new Dictionary<string, Func<int, string>>(StringComparer.Ordinal)
    {
        ["unbalanced double quotes"] = n => Repeat("He said \"we will go today. ", n),
        ["bare double quotes"] = n => new string('"', n),
        ["a quote opened on every line"] = n => Repeat("\"Open\n", n),
        ["unbalanced straight apostrophes"] = n => Repeat("'We will go ", n),
        ["unbalanced curly single quotes"] = n => Repeat("\u2018We will go ", n),
        ["unbalanced curly double quotes"] = n => Repeat("\u201CWe will go ", n),
        ["a long capitalised run"] = n => string.Join(" ", Enumerable.Range(0, n).Select(Name)) + ".",
        ["a long run of one capitalised word"] = n => string.Join(" ", Enumerable.Repeat("Alpha", n)) + ".",
        ["a long run of titles"] = n => Repeat("President Prime Minister Chief Executive Officer Director General ", n),
        ["the same sentence in one run-on line"] = n => Repeat("The minister John Smith visited Paris on Monday with Acme Corp. ", n),
        ["the same sentence as paragraphs"] = n => Repeat("The minister John Smith visited Paris on Monday with Acme Corp.\n\n", n),
        ["the same quote as paragraphs"] = n => Repeat("\"We will win this,\" said John Smith.\n\n", n),
        ["the same quote in one line"] = n => Repeat("\"We will win this,\" said John Smith. ", n),
        ["quotes attributed by pronoun"] = n => "John Smith spoke.\n\n" + Repeat("\"We will win this,\" he said.\n\n", n),
        ["quotes attributed by title"] = n => "The minister, John Smith, arrived.\n\n" + Repeat("\"We will win this,\" the minister said.\n\n", n),
        ["quotes attributed to a title nobody has"] = n => Repeat(i => $"{Given[i % Given.Length]} {Name(i)} arrived.\n\n\"We will win,\" the spokesman said.\n\n", n),
        ["pronoun quotes among thousands of names"] = n => Repeat(i => $"{Given[i % Given.Length]} {Name(i)} arrived. \"We will win,\" she said.\n\n", n),
        ["acronyms of an event"] = n => "The World Robotics Conference (WRC) opened.\n" + Repeat("WRC and the WRC met. ", n),
        ["a list of companies"] = n => "Firms such as " + string.Join(", ", Enumerable.Range(0, n).Select(i => Name(i) + " Corp")) + " attended.",
        ["event names"] = n => Repeat(i => $"The {Name(i)} Robotics Expo opened in Valletta on Monday, 3 March 2025.\n", n),
        ["unattributed quotes in one paragraph"] = n => Repeat("\"We will win this.\" ", n),
        ["an event name and its acronym repeated"] = n => Repeat("The World Robotics Conference (WRC) opened. WRC met. ", n),
        ["dates and weekdays repeated"] = n => Repeat("On Friday, 25 July 2025 and Saturday the Summit met. ", n),
        ["thousands of names"] = n => string.Concat(Enumerable.Range(0, n).Select(i => $"{Given[i % Given.Length]} {Name(i)} said the plan works.\n\n")),
        ["thousands of quoted speakers"] = n => string.Concat(Enumerable.Range(0, n).Select(i => $"\"It works,\" said {Given[i % Given.Length]} {Name(i)}.\n\n")),
        ["thousands of surnames"] = n => string.Concat(Enumerable.Range(0, n).Select(i => $"Dr {Name(i)} met Mr {Name(i + 1)} and {Name(i)} said so.\n")),
        ["thousands of companies"] = n => Repeat(i => $"{Name(i)} Corp and {Name(i + 1)} Inc signed a deal. ", n),
        ["a single line of words"] = n => Repeat(i => $"word{i % 97} and {Name(i)} then, ", n),
        ["numbers and dates"] = n => Repeat(i => $"More than {i} companies and {i}% of staff met on 12 May 2025. ", n),
        ["repeated datelines"] = n => Repeat("On Saturday, 25 July 2025 the Summit opened in Shanghai. ", n),
        ["abbreviations"] = n => Repeat("Mr. Dr. U.S. Inc. Jan. ", n),
        ["colons after names"] = n => Repeat("John Smith said: ", n),
        ["speaker lists"] = n => "Speakers included " + string.Join(", ", Enumerable.Range(0, n).Select(i => $"{Given[i % Given.Length]} {Name(i)}")) + ".",
        ["absence cues"] = n => Repeat(i => $"{Given[i % Given.Length]} {Name(i)} did not attend. ", n),
    };

    /// <summary>A distinct capitalised made-up word for each i ("Aason", "Bason", ...).</summary>
    public static string Name(int i)
    {
        var text = new StringBuilder();
        text.Append((char)('A' + (i % 26)));
        var k = i / 26;
        do
        {
            text.Append((char)('a' + (k % 26)));
            k /= 26;
        }
        while (k > 0);

        return text.Append("son").ToString();
    }

    private static string Repeat(string text, int n) => new StringBuilder(text.Length * n).Insert(0, text, n).ToString();

    private static string Repeat(Func<int, string> text, int n)
    {
        var all = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            all.Append(text(i));
        }

        return all.ToString();
    }
}
