using System;
using System.Globalization;

namespace FactGen.Extraction.Events;

/// <summary>Month and weekday names and ISO formatting, invariant whatever the machine's culture.</summary>
internal static class NewsCalendar
{
    public const string WeekdayPattern = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    public const string MonthPattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private static readonly string[] Months =
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    };

    /// <summary>1-12 for a month name or its abbreviation, 0 when it is none.</summary>
    public static int MonthNumber(string name) => MonthNumber(name, 0, name.Length);

    /// <summary>As <see cref="MonthNumber(string)"/> for the name written at <paramref name="start"/> of <paramref name="text"/>, <paramref name="length"/> long.</summary>
    public static int MonthNumber(string text, int start, int length)
    {
        if (length < 3)
        {
            return 0;
        }

        // The first three letters, lowered and compared in place: no copy per date read.
        var (a, b, c) = (char.ToLowerInvariant(text[start]), char.ToLowerInvariant(text[start + 1]), char.ToLowerInvariant(text[start + 2]));
        for (var m = 0; m < Months.Length; m++)
        {
            if (a == Months[m][0] && b == Months[m][1] && c == Months[m][2])
            {
                return m + 1;
            }
        }

        return 0;
    }

    // Ordinal: only the capitalised names count.
    private static readonly Text.SliceSet MonthNames = new(MonthPattern.Split('|'));

    /// <summary>True for a capitalised month name or its abbreviation ("March", "Sept").</summary>
    public static bool IsMonthName(string word) => MonthNames.Contains(word);

    /// <summary>As <see cref="IsMonthName(string)"/> for <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>.</summary>
    public static bool IsMonthName(string text, int start, int length) => MonthNames.Contains(text, start, length);

    /// <summary>The English weekday name of a date.</summary>
    public static string WeekdayName(DateTime date) => date.DayOfWeek.ToString();

    /// <summary>The day of week a name stands for ("saturday" → Saturday), or null.</summary>
    // DayOfWeek's names in its order, so parsing needs neither Enum.GetValues nor ToString per call.
    private static readonly string[] WeekdayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

    public static DayOfWeek? ParseWeekday(string name)
    {
        for (var day = 0; day < WeekdayNames.Length; day++)
        {
            if (string.Equals(WeekdayNames[day], name, StringComparison.OrdinalIgnoreCase))
            {
                return (DayOfWeek)day;
            }
        }

        return null;
    }

    /// <summary>A valid date or null (no "31 February").</summary>
    public static DateTime? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
            : null;

    public static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime? ParseIso(string? iso) =>
        iso is not null && DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
