using System;
using System.Collections.Generic;
using System.Globalization;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.Events;

/// <summary>A counted figure found in a sentence.</summary>
/// <param name="Start">Offset of the first word (the qualifier, when there is one).</param>
/// <param name="Length">Length up to the end of the counted noun.</param>
/// <param name="Value">The number.</param>
/// <param name="Unit">The counted noun phrase ("large language models").</param>
/// <param name="Qualifier">Exact, more-than, less-than or about.</param>
internal sealed record FoundFigure(int Start, int Length, decimal Value, string Unit, FigureQualifier Qualifier);

/// <summary>
/// Finds counts such as "more than 800 companies", "800+ exhibitors", "about 5 million visitors":
/// a number, an optional qualifier before it (or '+' after it), and the noun phrase it counts,
/// which must end in a plural noun. Years, percentages, money, dates and ages are not counts.
/// </summary>
internal static class FigureFinder
{
    private const int MaxUnitWords = 4;

    private static readonly Dictionary<string, FigureQualifier> OneWordQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["over"] = FigureQualifier.MoreThan,
        ["above"] = FigureQualifier.MoreThan,
        ["exceeding"] = FigureQualifier.MoreThan,
        ["under"] = FigureQualifier.LessThan,
        ["below"] = FigureQualifier.LessThan,
        ["about"] = FigureQualifier.About,
        ["around"] = FigureQualifier.About,
        ["approximately"] = FigureQualifier.About,
        ["roughly"] = FigureQualifier.About,
        ["nearly"] = FigureQualifier.About,
        ["almost"] = FigureQualifier.About,
        ["some"] = FigureQualifier.About,
        ["circa"] = FigureQualifier.About,
        ["estimated"] = FigureQualifier.About,
    };

    private static readonly Dictionary<string, FigureQualifier> TwoWordQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["more than"] = FigureQualifier.MoreThan,
        ["at least"] = FigureQualifier.MoreThan,
        ["upwards of"] = FigureQualifier.MoreThan,
        ["excess of"] = FigureQualifier.MoreThan,
        ["less than"] = FigureQualifier.LessThan,
        ["fewer than"] = FigureQualifier.LessThan,
        ["up to"] = FigureQualifier.LessThan,
        ["close to"] = FigureQualifier.About,
        ["as many as"] = FigureQualifier.About,
    };

    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m,
        ["million"] = 1_000_000m,
        ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m,
    };

    /// <summary>Words that end a counted noun phrase before any plural noun is reached.</summary>
    private static readonly HashSet<string> UnitStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "than", "and", "or", "but",
        "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
        "would", "can", "could", "may", "might", "per", "each", "across", "into", "during", "while", "after", "before",
        "since", "until", "percent", "per cent", "pc", "years", "year", "old", "times", "out", "it", "they", "he", "she",
        "we", "you", "this", "these", "those", "its", "their", "his", "her", "our", "said", "says", "more", "less",
    };

    /// <summary>Measures and spans of time are not counts of participants or things shown.</summary>
    private static readonly HashSet<string> Measures = new(StringComparer.OrdinalIgnoreCase)
    {
        "seconds", "minutes", "hours", "days", "weeks", "months", "decades", "centuries", "metres", "meters", "kilometres",
        "kilometers", "miles", "feet", "inches", "yards", "pounds", "kilograms", "kilos", "tonnes", "tons", "litres", "liters",
        "gallons", "degrees", "points", "goals", "runs", "wickets", "laps", "acres", "hectares", "kms", "kgs", "mph",
        "francs", "marks", "rupees", "forints", "crowns", "kronor", "kroner", "pesos", "roubles", "rubles", "shillings",
        "dinars", "riyals", "dirhams", "cents", "pence", "overs", "innings", "minutes",
    };

    /// <summary>Words after which a number ranks, ages or labels rather than counts ("top 10 firms", "aged 40").</summary>
    private static readonly HashSet<string> NotCountsAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "top", "no", "number", "aged", "age", "ages", "article", "section", "chapter", "page", "pages", "route", "room", "gate", "platform", "level",
    };

    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "children", "men", "women", "staff", "personnel", "police", "cattle", "feet", "teeth", "mice", "geese",
        "delegates", "media", "data", "criteria", "phenomena", "alumni", "crew",
    };

    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal)
    {
        "$", "€", "£", "¥", "₹", "₩", "US$", "USD", "EUR", "GBP", "CNY", "RMB", "JPY", "yuan", "dollars", "euros", "pounds", "yen",
    };

    /// <summary>Figures in one sentence.</summary>
    public static List<FoundFigure> Find(ArticleAnalysis article, int sentenceIndex)
    {
        var found = new List<FoundFigure>();
        var tokens = article.SentenceTokens[sentenceIndex];
        var raw = article.Raw;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Number || IsPartOfDateOrTime(article, tokens, i) || IsMoney(article, tokens, i)
                || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && NotCountsAfter.Contains(article.TextOf(tokens[i - 1]))))
            {
                continue;
            }

            var number = article.TextOf(tokens[i]);
            if (!decimal.TryParse(number.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var qualifier = FigureQualifier.Exact;
            var start = tokens[i].Start;
            var next = i + 1;

            // "800+" reads as "more than 800"; "-" after a number makes a compound ("3-day", "40-year-old").
            if (next < tokens.Count && IsChar(raw, tokens[next], '+'))
            {
                qualifier = FigureQualifier.MoreThan;
                next++;
            }
            else if (next < tokens.Count && tokens[next].Kind == TokenKind.Punctuation && tokens[next].Start == tokens[i].End && raw[tokens[next].Start] is '-' or '%' or ':' or '/')
            {
                continue;
            }

            if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && Multipliers.TryGetValue(article.TextOf(tokens[next]), out var multiplier))
            {
                value *= multiplier;
                next++;
            }

            // "77th", "60m", "3D": a word glued to the number is a suffix, not what is counted; "1 ..." counts no plural.
            if (value == 1m || (next < tokens.Count && next == i + 1 && tokens[next].Start == tokens[i].End))
            {
                continue;
            }

            var unitEnd = UnitEnd(article, tokens, next);
            if (unitEnd < 0)
            {
                continue;
            }

            if (qualifier == FigureQualifier.Exact)
            {
                var q = QualifierBefore(article, tokens, i, out var qualifierStart);
                if (q is not null)
                {
                    qualifier = q.Value;
                    start = qualifierStart;
                }
            }

            if (IsYear(number) && qualifier == FigureQualifier.Exact)
            {
                continue;
            }

            var unit = raw.Substring(tokens[next].Start, tokens[unitEnd].End - tokens[next].Start);
            found.Add(new FoundFigure(start, tokens[unitEnd].End - start, value, unit, qualifier));
        }

        return found;
    }

    /// <summary>Index of the plural noun that ends the counted phrase starting at <paramref name="first"/>, or -1.</summary>
    private static int UnitEnd(ArticleAnalysis article, TokenRange tokens, int first)
    {
        for (var k = first; k < tokens.Count && k < first + MaxUnitWords; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return -1;
            }

            var word = article.TextOf(tokens[k]);
            if (UnitStops.Contains(word) || Currencies.Contains(word))
            {
                return -1;
            }

            if (IsPlural(word))
            {
                // The counted noun is a common noun: "96 absentee Nicolas" names someone.
                return Measures.Contains(word) || !char.IsLower(word[0]) ? -1 : k;
            }

            if (k > first && word.EndsWith("ing", StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True for a plural noun: "companies", "models", "people".</summary>
    internal static bool IsPlural(string word)
    {
        if (IrregularPlurals.Contains(word))
        {
            return true;
        }

        if (word.Length < 4 || !word.EndsWith("s", StringComparison.Ordinal) || !char.IsLower(word[word.Length - 2]))
        {
            return false;
        }

        return !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("'s", StringComparison.Ordinal);
    }

    private static FigureQualifier? QualifierBefore(ArticleAnalysis article, TokenRange tokens, int number, out int start)
    {
        start = 0;
        if (number >= 2 && tokens[number - 1].Kind == TokenKind.Word && tokens[number - 2].Kind == TokenKind.Word)
        {
            var two = article.TextOf(tokens[number - 2]) + " " + article.TextOf(tokens[number - 1]);
            if (TwoWordQualifiers.TryGetValue(two, out var q2))
            {
                start = tokens[number - 2].Start;
                if (number >= 3 && q2 == FigureQualifier.MoreThan && article.TextOf(tokens[number - 3]).Equals("no", StringComparison.OrdinalIgnoreCase))
                {
                    start = tokens[number - 3].Start;
                    return FigureQualifier.LessThan;
                }

                return q2;
            }
        }

        if (number >= 1 && tokens[number - 1].Kind == TokenKind.Word && OneWordQualifiers.TryGetValue(article.TextOf(tokens[number - 1]), out var q1))
        {
            start = tokens[number - 1].Start;
            if (number >= 2 && string.Equals(article.TextOf(tokens[number - 2]), "an", StringComparison.OrdinalIgnoreCase))
            {
                start = tokens[number - 2].Start;
            }

            return q1;
        }

        return null;
    }

    private static bool IsYear(string number) =>
        number.Length == 4 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2100;

    private static bool IsPartOfDateOrTime(ArticleAnalysis article, TokenRange tokens, int i)
    {
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && NewsCalendar.MonthNumber(article.TextOf(tokens[i - 1])) > 0 && char.IsUpper(article.Raw[tokens[i - 1].Start]))
        {
            return true;
        }

        if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && NewsCalendar.MonthNumber(article.TextOf(tokens[i + 1])) > 0 && char.IsUpper(article.Raw[tokens[i + 1].Start]))
        {
            return true;
        }

        return i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && article.Raw[tokens[i - 1].Start] is ':' or '/' && tokens[i - 1].End == tokens[i].Start;
    }

    private static bool IsMoney(ArticleAnalysis article, TokenRange tokens, int i)
    {
        if (i > 0 && Currencies.Contains(article.TextOf(tokens[i - 1])))
        {
            return true;
        }

        // "$1.5 billion": the tokenizer splits "US$" into "US" and "$".
        return i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && Multipliers.ContainsKey(article.TextOf(tokens[i + 1]))
            && i + 2 < tokens.Count && Currencies.Contains(article.TextOf(tokens[i + 2]));
    }

    private static bool IsChar(string raw, Token token, char c) => token.Kind == TokenKind.Punctuation && raw[token.Start] == c;
}
