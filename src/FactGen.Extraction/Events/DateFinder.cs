using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FactGen.Extraction.Events;

/// <summary>A date written in the text.</summary>
/// <param name="Start">Offset of the whole expression (weekday included) in the article text.</param>
/// <param name="Length">Length of the expression.</param>
/// <param name="Date">The date as written (for a range, its first day).</param>
/// <param name="EndDate">Last day of a range ("26-28 July 2025"), else null.</param>
/// <param name="Weekday">The weekday written beside the date, or null.</param>
/// <param name="Relative">True when only a weekday was written ("on Saturday") and the date was worked out.</param>
/// <param name="YearWritten">True when the text writes the year (only then can a weekday be proven wrong).</param>
internal sealed record FoundDate(int Start, int Length, DateTime Date, DateTime? EndDate, string? Weekday, bool Relative, bool YearWritten = true)
{
    /// <summary>True when the stated weekday is not the date's weekday.</summary>
    public bool WeekdayMismatch => Weekday is not null && !Relative && YearWritten && !string.Equals(Weekday, NewsCalendar.WeekdayName(Date), StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Finds dates: ISO ("2025-07-26"), day-month-year ("25 July 2025"), month-day-year ("July 26, 2025"),
/// ranges ("26-28 July", "July 26-28, 2025"), each with an optional weekday before it, and a lone
/// weekday ("on Saturday") resolved against a reference date. A date without a year takes the
/// reference date's year.
/// </summary>
internal static class DateFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly Regex Explicit = new(
        @"(?:\b(?<wd>" + NewsCalendar.WeekdayPattern + @"),?\s+(?:the\s+)?)?" +
        @"(?:" +
        @"\b(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})\b" +
        @"|\b(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?<mn>" + NewsCalendar.MonthPattern + @")\b\.?(?:,?\s+(?<y>[0-9]{4})\b)?" +
        @"|\b(?<mn>" + NewsCalendar.MonthPattern + @")\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*(?<d2>[0-9]{1,2})(?:st|nd|rd|th)?)?\b(?:,?\s+(?<y>[0-9]{4})\b)?" +
        @")",
        Options);

    private static readonly Regex LoneWeekday = new(
        @"\b(?<prep>on|last|this|next|since|until|by)\s+(?<wd>" + NewsCalendar.WeekdayPattern + @")\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:" + NewsCalendar.MonthPattern + @")\b)",
        Options);

    /// <summary>Explicit dates in <paramref name="text"/> (offsets shifted by <paramref name="offset"/>).</summary>
    public static List<FoundDate> FindExplicit(string text, int offset, int? defaultYear)
    {
        var found = new List<FoundDate>();
        FindExplicit(text, offset, defaultYear, found);
        return found;
    }

    /// <summary>Adds the explicit dates in <paramref name="text"/> to <paramref name="found"/>.</summary>
    public static void FindExplicit(string text, int offset, int? defaultYear, List<FoundDate> found)
    {
        if (!MightHoldDate(text))
        {
            return;
        }

        // Match by match and group by number: no match collection, and numbers read in place.
        for (var m = Explicit.Match(text); m.Success; m = m.NextMatch())
        {
            var groups = m.Groups;
            var monthName = groups[MonthNameGroup];
            var yearGroup = groups[YearGroup];
            var dayGroup = groups[DayGroup];
            var month = monthName.Success ? NewsCalendar.MonthNumber(text, monthName.Index, monthName.Length) : Int(text, groups[MonthGroup]);
            var year = yearGroup.Success ? Int(text, yearGroup) : defaultYear;
            if (year is null || month == 0)
            {
                continue;
            }

            var weekdayGroup = groups[WeekdayGroup];
            var weekday = weekdayGroup.Success ? weekdayGroup.Value : null;
            var yearWritten = yearGroup.Success;
            if (!yearWritten && weekday is not null)
            {
                // "Saturday 12 March" with no year: the year next to the assumed one whose 12 March is a Saturday.
                year = YearWithWeekday(year.Value, month, Int(text, dayGroup), weekday);
            }

            var date = NewsCalendar.TryDate(year.Value, month, Int(text, dayGroup));
            if (date is null)
            {
                continue;
            }

            var lastDay = groups[LastDayGroup];
            DateTime? end = lastDay.Success ? NewsCalendar.TryDate(year.Value, month, Int(text, lastDay)) : null;
            if (end is not null && end <= date)
            {
                end = null;
            }

            found.Add(new FoundDate(offset + m.Index, m.Length, date.Value, end, weekday, Relative: false, yearWritten));
        }
    }

    private static readonly int WeekdayGroup = Explicit.GroupNumberFromName("wd");
    private static readonly int YearGroup = Explicit.GroupNumberFromName("y");
    private static readonly int MonthGroup = Explicit.GroupNumberFromName("m");
    private static readonly int MonthNameGroup = Explicit.GroupNumberFromName("mn");
    private static readonly int DayGroup = Explicit.GroupNumberFromName("d");
    private static readonly int LastDayGroup = Explicit.GroupNumberFromName("d2");

    /// <summary>The number a group of ASCII digits captured (the patterns capture [0-9] only), read in place.</summary>
    private static int Int(string text, Group digits)
    {
        var value = 0;
        for (var i = digits.Index; i < digits.Index + digits.Length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>
    /// Lone weekdays ("on Saturday") resolved to the nearest such day on or before the reference
    /// date (news reports the past), or after it when the sentence speaks of the future.
    /// </summary>
    public static List<FoundDate> FindRelative(string text, int offset, DateTime reference)
    {
        var found = new List<FoundDate>();
        FindRelative(text, offset, reference, found);
        return found;
    }

    /// <summary>Adds the lone weekdays of <paramref name="text"/>, resolved, to <paramref name="found"/>.</summary>
    public static void FindRelative(string text, int offset, DateTime reference, List<FoundDate> found)
    {
        if (!HasWeekday(text))
        {
            return;
        }

        var future = Regex.IsMatch(text, @"\b(?:will|to be held|is set to|are set to|next)\b", RegexOptions.CultureInvariant);
        foreach (Match m in LoneWeekday.Matches(text))
        {
            var day = NewsCalendar.ParseWeekday(m.Groups["wd"].Value);
            if (day is null)
            {
                continue;
            }

            var prep = m.Groups["prep"].Value;
            var forward = prep is "next" or "until" || (future && prep != "last");
            var date = reference;
            while (date.DayOfWeek != day.Value)
            {
                date = date.AddDays(forward ? 1 : -1);
            }

            if (prep == "last" && date == reference)
            {
                date = date.AddDays(-7);
            }

            var start = m.Groups["wd"].Index;
            found.Add(new FoundDate(offset + start, m.Groups["wd"].Length, date, null, m.Groups["wd"].Value, Relative: true));
        }
    }

    private static int YearWithWeekday(int year, int month, int day, string weekday)
    {
        foreach (var candidate in new[] { year, year - 1, year + 1 })
        {
            if (NewsCalendar.TryDate(candidate, month, day) is { } d && string.Equals(NewsCalendar.WeekdayName(d), weekday, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return year;
    }

    /// <summary>
    /// A cheap scan before the regex: a digit and either a capitalised month prefix ("Jul", "Sept")
    /// or an ISO shape ("2025-"). Most sentences of news have neither.
    /// </summary>
    private static bool MightHoldDate(string text) => MightHoldDate(text, 0, text.Length);

    /// <summary><see cref="MightHoldDate(string)"/> on the span [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, without cutting it out.</summary>
    public static bool MightHoldDate(string text, int start, int end)
    {
        var digit = text.IndexOfAny(Digits, start, end - start);
        if (digit < 0)
        {
            return false;
        }

        // Both searches jump from candidate to candidate (IndexOfAny is vectorised) instead of testing every
        // character. An ISO shape: four digits right before a '-', i.e. a run of at least four digits ending at one.
        // Any other date writes its day as a run of one or two digits (the pattern's day is bounded on both sides):
        // without one, month names need no search.
        var shortRun = false;
        while (digit >= 0)
        {
            var runEnd = digit + 1;
            while (runEnd < end && text[runEnd] >= '0' && text[runEnd] <= '9')
            {
                runEnd++;
            }

            if (runEnd - digit >= 4 && runEnd < end && text[runEnd] == '-')
            {
                return true;
            }

            shortRun |= runEnd - digit <= 2;
            digit = runEnd < end ? text.IndexOfAny(Digits, runEnd, end - runEnd) : -1;
        }

        if (!shortRun)
        {
            return false;
        }

        // A month name starting a word.
        for (var i = text.IndexOfAny(MonthInitials, start, end - start); i >= 0; i = i + 1 < end ? text.IndexOfAny(MonthInitials, i + 1, end - i - 1) : -1)
        {
            if ((i == start || !char.IsLetter(text[i - 1])) && MonthNameAt(text, i, end))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] MonthInitials = { 'J', 'F', 'M', 'A', 'S', 'O', 'N', 'D' };

    private static readonly char[] Digits = { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' };

    /// <summary>A whole month name or abbreviation starts at <paramref name="i"/> ("March", not "Market").</summary>
    private static bool MonthNameAt(string text, int i, int limit)
    {
        if (i + 3 > limit || !char.IsLower(text[i + 1]))
        {
            return false;
        }

        foreach (var name in MonthNames)
        {
            if (name[0] != text[i] || name[1] != text[i + 1])
            {
                continue;
            }

            var end = i + name.Length;
            if (end <= limit && (end == limit || !char.IsLetter(text[end])) && string.CompareOrdinal(text, i, name, 0, name.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MonthNames = NewsCalendar.MonthPattern.Split('|');

    private static bool HasWeekday(string text) => HasWeekday(text, 0, text.Length);

    /// <summary>True when a weekday name ends somewhere in the span [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.</summary>
    public static bool HasWeekday(string text, int start, int end)
    {
        var day = text.IndexOf("day", start, end - start, StringComparison.Ordinal);
        while (day >= start + 3)
        {
            foreach (var name in Weekdays)
            {
                if (day + 3 - name.Length >= start && string.CompareOrdinal(text, day + 3 - name.Length, name, 0, name.Length) == 0)
                {
                    return true;
                }
            }

            day = text.IndexOf("day", day + 3, end - day - 3, StringComparison.Ordinal);
        }

        return false;
    }

    private static readonly string[] Weekdays = NewsCalendar.WeekdayPattern.Split('|');
}
