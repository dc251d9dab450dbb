using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactGen;
using Waic2025;

// Prints the WAIC 2025 fact sheet. Every line comes from the Facts API that FactGen generated from
// seeds/*.txt at compile time: nothing here knows the event, its speakers or its firms.
Console.OutputEncoding = Encoding.UTF8;
FactSheet.Print(Facts.All, Facts.Event);

/// <summary>Writes a <see cref="FactSet"/> as a plain-text fact sheet, every fact with its source.</summary>
internal static class FactSheet
{
    // Scalar facts are also compile-time constants: usable in attributes, switch cases and other consts.
    private const string Banner = Facts.Constants.EventName + " \u2014 fact sheet";

    public static void Print(FactSet facts, FactEvent? main)
    {
        Console.WriteLine(Banner);
        Console.WriteLine(new string('=', Banner.Length));
        if (main is not null)
        {
            PrintEvent(main);
        }

        Section("Speakers");
        foreach (var person in facts.Speakers)
        {
            var titles = person.Titles.Count > 0 ? ", " + string.Join("; ", person.Titles) : string.Empty;
            Line($"{person.Name}{titles}", person.Evidence);
            foreach (var quote in person.Quotes)
            {
                Line($"    \u201C{quote.Text}\u201D", quote.Evidence);
            }
        }

        var unattributed = facts.Quotes.Where(q => q.Speaker is null && q.SpeakerName is not null).ToList();
        if (unattributed.Count > 0)
        {
            Section("Other quotations");
            foreach (var quote in unattributed)
            {
                Line($"{quote.SpeakerName}: \u201C{quote.Text}\u201D", quote.Evidence);
            }
        }

        Section("Participating firms");
        foreach (var firm in facts.ParticipatingFirms)
        {
            Line(firm.Name, firm.Evidence);
        }

        Section("Sources");
        foreach (var document in facts.Documents)
        {
            var about = string.Join(", ", new[] { document.Outlet, document.Published }.Where(s => !string.IsNullOrEmpty(s)));
            var parts = new[] { document.Title, about.Length > 0 ? $"({about})" : null }.Where(s => !string.IsNullOrEmpty(s));
            Console.WriteLine($"  {document.File}  {string.Join(" ", parts)}".TrimEnd());
        }
    }

    private static void PrintEvent(FactEvent e)
    {
        Console.WriteLine($"Event    {e.Name} ({e.ShortName})  [{Sources(e.Evidence)}]");
        Console.WriteLine($"Where    {e.City ?? "?"}, {e.Country ?? "?"}");
        Console.WriteLine($"When     {Day(e.StartDate)} to {Day(e.EndDate)}");
        if (e.Theme is not null)
        {
            Console.WriteLine($"Theme    {e.Theme}");
        }

        if (e.Figures.Count > 0)
        {
            Section("Figures");
            foreach (var figure in e.Figures)
            {
                Line(figure.ToString(), figure.Evidence);
            }
        }
    }

    private static void Section(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
    }

    private static void Line(string text, IReadOnlyList<Evidence> evidence) =>
        Console.WriteLine($"  {text}  [{Sources(evidence)}]");

    private static string Sources(IReadOnlyList<Evidence> evidence)
    {
        // The first two places are enough for a sheet; the API keeps them all.
        var shown = string.Join(", ", evidence.Take(2).Select(e => $"{e.File}:{e.Line}"));
        return evidence.Count > 2 ? $"{shown}, +{evidence.Count - 2} more" : shown;
    }

    private static string Day(DateTime? date) =>
        date?.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture) ?? "?";
}
