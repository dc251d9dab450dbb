using System;
using System.Collections.Generic;
using FactGen.Extraction;
using FactGen.Generator.Emit;
using FactGen.Generator.Model;

namespace FactGen.Generator;

/// <summary>
/// Places the consolidation's diagnostics in their files (path, line and column from the article's line map), each one
/// once. Remembers the last run per generator instance: after an edit a diagnostic that is the same object as last time,
/// in an article that is the same object as last time, keeps the place it was given, so only the edited article's
/// diagnostics and new ones are placed again. The answer never depends on what is remembered.
/// </summary>
internal sealed class DiagnosticPlacer
{
    /// <summary>Past this many new or gone diagnostics, placing all of them afresh is as cheap.</summary>
    private const int MaxChanges = 64;

    private readonly object _gate = new();
    private FactDiagnostic[] _lastInput = Array.Empty<FactDiagnostic>();
    private DiagnosticInfo?[] _lastPlaced = Array.Empty<DiagnosticInfo?>();
    private ArticleLines?[] _lastArticles = Array.Empty<ArticleLines?>();
    private HashSet<FactDiagnostic> _lastValues = new();
    private Dictionary<string, ArticleLines> _byName = new(StringComparer.Ordinal);

    /// <summary>Whether the last run can be built on: it ended well, gave each article its own name and held no diagnostic twice.</summary>
    private bool _reusable;

    /// <summary>The failures, then each distinct diagnostic of <paramref name="diagnostics"/> placed in its article.</summary>
    public EquatableArray<DiagnosticInfo> Place(EquatableArray<DiagnosticInfo> failures, EquatableArray<FactDiagnostic> diagnostics, OrderedArticles<ArticleLines> articles)
    {
        var input = diagnostics.AsArray();
        lock (_gate)
        {
            // Not reusable until this call ends well: a half-made update is never trusted.
            var reusable = _reusable;
            _reusable = false;
            var placed = reusable && articles.IsUpdate ? Update(input, articles) : null;
            placed ??= Fresh(input, articles.Items);
            _lastInput = input;
            _reusable = _byName.Count == articles.Items.Count && _lastValues.Count == input.Length;

            var output = new List<DiagnosticInfo>(failures.Count + placed.Length);
            output.AddRange(failures);
            foreach (var d in placed)
            {
                if (d is not null)
                {
                    output.Add(d);
                }
            }

            return new EquatableArray<DiagnosticInfo>(output.ToArray());
        }
    }

    /// <summary>Places every diagnostic; the first of equal ones counts (a later one places as null).</summary>
    private DiagnosticInfo?[] Fresh(FactDiagnostic[] input, List<ArticleLines> articles)
    {
        _byName = new Dictionary<string, ArticleLines>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (!_byName.ContainsKey(article.Name))
            {
                _byName.Add(article.Name, article); // the first of one name, in article order, holds the diagnostics
            }
        }

        _lastValues = new HashSet<FactDiagnostic>();
        _lastPlaced = new DiagnosticInfo?[input.Length];
        _lastArticles = new ArticleLines?[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            if (_lastValues.Add(input[i]))
            {
                (_lastPlaced[i], _lastArticles[i]) = Locate(input[i]);
            }
        }

        return _lastPlaced;
    }

    /// <summary>The last run's places, with new diagnostics and those in changed articles placed again; null when afresh is simpler.</summary>
    private DiagnosticInfo?[]? Update(FactDiagnostic[] input, OrderedArticles<ArticleLines> articles)
    {
        var gone = articles.Gone!;
        var added = articles.Added!;
        var matches = FactAlignment.Match(_lastInput, input);
        var goneDiagnostics = FactAlignment.Unmatched(_lastInput.Length, matches);
        var newDiagnostics = input.Length - (_lastInput.Length - goneDiagnostics.Count);
        if (goneDiagnostics.Count + newDiagnostics > MaxChanges)
        {
            return null;
        }

        // The name table follows the articles. Two articles of one name end the shortcut: which of them holds a
        // diagnostic is decided by their order, so everything is placed afresh.
        foreach (var article in gone)
        {
            if (_byName.TryGetValue(article.Name, out var held) && ReferenceEquals(held, article))
            {
                _byName.Remove(article.Name);
            }
        }

        foreach (var article in added)
        {
            if (_byName.ContainsKey(article.Name))
            {
                return null;
            }

            _byName.Add(article.Name, article);
        }

        // Values are updated in place (a null answer starts afresh, which replaces them); a value seen twice ends the shortcut.
        foreach (var j in goneDiagnostics)
        {
            _lastValues.Remove(_lastInput[j]);
        }

        for (var i = 0; i < input.Length; i++)
        {
            if (matches[i] < 0 && !_lastValues.Add(input[i]))
            {
                return null;
            }
        }

        var placed = new DiagnosticInfo?[input.Length];
        var placedIn = new ArticleLines?[input.Length];
        for (var i = 0; i < input.Length; i++)
        {
            var j = matches[i];
            var article = j >= 0 ? _lastArticles[j] : null;
            var keep = j >= 0 && (article is null ? added.Count == 0 : !Contains(gone, article));
            (placed[i], placedIn[i]) = keep ? (_lastPlaced[j], article) : Locate(input[i]);
        }

        _lastPlaced = placed;
        _lastArticles = placedIn;
        return placed;
    }

    private (DiagnosticInfo Placed, ArticleLines? Article) Locate(FactDiagnostic d) =>
        _byName.TryGetValue(d.File, out var article)
            ? (article.Lines.Locate(d.Id, d.Message, article.Path, d.Line, d.Column, d.Length), article)
            : (DiagnosticInfo.Nowhere(d.Id, $"{d.File}({d.Line},{d.Column}): {d.Message}"), null);

    /// <summary>Whether <paramref name="articles"/> (a handful: the edited ones) holds this very object.</summary>
    private static bool Contains(IReadOnlyList<ArticleLines> articles, ArticleLines article)
    {
        foreach (var a in articles)
        {
            if (ReferenceEquals(a, article))
            {
                return true;
            }
        }

        return false;
    }
}
