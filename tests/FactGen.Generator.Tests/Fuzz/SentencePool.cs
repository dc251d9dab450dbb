using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests.Fuzz;

/// <summary>
/// Real article text to build fuzz articles from: the repository's seeds, a research corpus read in
/// place at run time (never copied into the repository), and the purpose-written test articles.
/// Files are taken in ordinal order and sampled with the run's seed, so a seed means the same articles.
/// </summary>
internal sealed class SentencePool
{
    /// <summary>Corpus files sampled per run: enough variety, little reading time.</summary>
    private const int CorpusFiles = 400;

    private SentencePool(List<string> articles, List<string> sentences)
    {
        Articles = articles;
        Sentences = sentences;
    }

    /// <summary>Whole articles, to mutate.</summary>
    public IReadOnlyList<string> Articles { get; }

    /// <summary>Single sentences, to recombine.</summary>
    public IReadOnlyList<string> Sentences { get; }

    public static SentencePool Load(FuzzSettings settings)
    {
        var articles = new List<string>
        {
            Corpora.Expo, Corpora.ExpoFollowUp, Corpora.Unattributed, Corpora.WeekdayMismatch,
        };
        articles.AddRange(Corpora.Conflict.Select(c => c.Text));
        articles.AddRange(Directory.GetFiles(RepoPaths.Seeds, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(File.ReadAllText));
        if (settings.CorpusFolder is { } folder)
        {
            var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToList();
            var random = new Random(settings.Seed);
            for (var i = 0; i < Math.Min(CorpusFiles, files.Count); i++)
            {
                articles.Add(File.ReadAllText(files[random.Next(files.Count)]));
            }
        }

        var sentences = articles.SelectMany(Split).Distinct(StringComparer.Ordinal).ToList();
        return new SentencePool(articles, sentences);
    }

    /// <summary>Rough sentences: lines cut after ". ", "? " and "! " (good enough to recombine).</summary>
    private static IEnumerable<string> Split(string article)
    {
        foreach (var line in article.Split('\n'))
        {
            var start = 0;
            for (var i = 1; i < line.Length - 1; i++)
            {
                if (line[i] == ' ' && line[i - 1] is '.' or '?' or '!')
                {
                    yield return line.Substring(start, i - start).Trim();
                    start = i + 1;
                }
            }

            var rest = line.Substring(start).Trim();
            if (rest.Length > 0)
            {
                yield return rest;
            }
        }
    }
}
