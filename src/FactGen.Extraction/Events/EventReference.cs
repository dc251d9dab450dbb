using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>Words that refer back to an event ("the conference", "this year's event") and stated durations.</summary>
internal static class EventReference
{
    private static readonly HashSet<string> ReferenceNouns = new(StringComparer.Ordinal)
    {
        "conference", "summit", "forum", "expo", "exhibition", "event", "fair", "festival", "congress", "convention",
        "symposium", "games", "gathering", "show", "tournament", "championship", "championships", "olympics", "biennale",
    };

    /// <summary>Words before a reference noun that make it another kind of gathering ("press conference").</summary>
    private static readonly HashSet<string> NotEventModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "press", "news", "video", "phone", "telephone", "virtual", "separate", "another", "other", "talk", "TV", "television", "radio",
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
    };

    private static readonly Regex DurationPattern = new(
        @"\b(?<n>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)(?:-day\b|(?: days? long\b))" +
        @"|\b(?:spans?|spanning|runs? for|running for|lasts?|lasting|held over|takes? place over|over)\s+(?<n>[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\s+days\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Text.SliceSet ReferenceNounSlices = new(ReferenceNouns);

    // Length bounds and first letters of the reference nouns: most words fail these before any hashing.
    private static readonly int LongestReferenceNoun = MaxLength(ReferenceNouns);
    private static readonly string ReferenceNounInitials = Initials(ReferenceNouns);

    private static readonly HashFilter ReferenceNounHashes = new(ReferenceNouns);

    /// <summary>
    /// As <see cref="IsReferenceNoun(Text.ArticleAnalysis, Text.Token)"/> for the article's token number
    /// <paramref name="index"/>: its word hash rules out most words before the text is looked at.
    /// </summary>
    public static bool IsReferenceNoun(Text.ArticleAnalysis article, Text.Token token, int index) =>
        ReferenceNounHashes.MayContain(article.TokenHashes[index]) && IsReferenceNoun(article, token);

    /// <summary>True when the token is a reference noun; allocates nothing.</summary>
    public static bool IsReferenceNoun(Text.ArticleAnalysis article, Text.Token token) =>
        token.Length >= 4 && token.Length <= LongestReferenceNoun && ReferenceNounInitials.IndexOf(article.Raw[token.Start]) >= 0
        && char.IsLower(article.Raw[token.Start]) && article.In(token, ReferenceNounSlices);

    private static int MaxLength(IEnumerable<string> words)
    {
        var max = 0;
        foreach (var word in words)
        {
            max = Math.Max(max, word.Length);
        }

        return max;
    }

    private static string Initials(IEnumerable<string> words)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            if (initials.ToString().IndexOf(word[0]) < 0)
            {
                initials.Append(word[0]);
            }
        }

        return initials.ToString();
    }

    public static bool IsNotEventModifier(string word) => NotEventModifiers.Contains(word);

    /// <summary>The number of days a sentence says the event lasts ("the three-day conference", "spans three days"), or null.</summary>
    public static int? Duration(string sentence)
    {
        if (sentence.IndexOf("day", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return null;
        }

        var m = DurationPattern.Match(sentence);
        if (!m.Success)
        {
            return null;
        }

        var n = m.Groups["n"].Value;
        return NumberWords.TryGetValue(n, out var value) ? value : int.Parse(n, System.Globalization.CultureInfo.InvariantCulture);
    }
}
