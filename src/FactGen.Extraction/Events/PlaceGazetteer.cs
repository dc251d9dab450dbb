using System;
using System.Collections.Generic;
using FactGen.Extraction.Lexicons;

namespace FactGen.Extraction.Events;

/// <summary>A place found in the text: the city (if any) and its country.</summary>
/// <param name="City">City name as listed, or null for a country alone.</param>
/// <param name="Country">Country's English common name, or null when the text does not tell.</param>
internal sealed record Place(string? City, string? Country);

/// <summary>
/// Cities, countries and demonyms from the embedded GeoNames/world-countries lexicons
/// (see tools/geo). Lookups ignore case so "SHANGHAI" in a dateline is found too.
/// </summary>
internal static class PlaceGazetteer
{
    /// <summary>Longest place name in words ("Rio de Janeiro" = 3), bounds the lookahead.</summary>
    public const int MaxWords = 5;

    private static readonly Lazy<Tables> Data = new(Load);

    /// <summary>The city of that name (case-insensitive) with its country, or null.</summary>
    public static Place? City(string name) =>
        Data.Value.Cities.TryGetValue(name, out var code) && Data.Value.CountryByCode.TryGetValue(code, out var country)
            ? new Place(Data.Value.CityNames[name], country)
            : null;

    /// <summary>The country's common name for any of its English names ("USA" → "United States"), or null.</summary>
    public static string? Country(string name) =>
        Data.Value.Countries.TryGetValue(name, out var country) ? country : null;

    /// <summary>The country whose people a demonym names ("Chinese" → "China"), or null.</summary>
    public static string? CountryOfDemonym(string word) =>
        Data.Value.Demonyms.TryGetValue(word, out var code) && Data.Value.CountryByCode.TryGetValue(code, out var country) ? country : null;

    private static Tables Load()
    {
        var tables = new Tables();
        foreach (var line in Lexicon.Get("countries").Entries)
        {
            var parts = line.Split('\t');
            tables.CountryByCode[parts[0]] = parts[1];
            for (var i = 1; i < parts.Length; i++)
            {
                if (!tables.Countries.ContainsKey(parts[i]))
                {
                    tables.Countries[parts[i]] = parts[1];
                }
            }
        }

        foreach (var line in Lexicon.Get("cities").Entries)
        {
            var parts = line.Split('\t');
            tables.Cities[parts[0]] = parts[1];
            tables.CityNames[parts[0]] = parts[0];
        }

        foreach (var line in Lexicon.Get("demonyms").Entries)
        {
            var parts = line.Split('\t');
            tables.Demonyms[parts[0]] = parts[1];
        }

        return tables;
    }

    private sealed class Tables
    {
        public Dictionary<string, string> CountryByCode { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Countries { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> Cities { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> CityNames { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> Demonyms { get; } = new(StringComparer.Ordinal);
    }
}
