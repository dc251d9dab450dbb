using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using FactGen.Extraction;
using FactGen.Extraction.Consolidation;
using FactGen.Generator.Emit;
using FactGen.Generator.Model;
using FactGen.Generator.Options;
using FactGen.Generator.Overrides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generator;

/// <summary>
/// Turns the project's article files into a typed <c>Facts</c> API. Each article is read and
/// extracted in its own cached step (an edit re-extracts that article only), then all are
/// consolidated, curated with the overrides files and emitted. Any failure becomes an FG0010
/// diagnostic; the build never crashes because of FactGen.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactsGenerator : IIncrementalGenerator
{
    /// <summary>Hint name of the main generated file (the shards' files are named after it).</summary>
    public const string HintName = FactsEmitter.HintName;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var maxArticleBytes = options
            .Select((o, _) => o.MaxArticleBytes)
            .WithTrackingName(TrackingNames.MaxArticleBytes);

        var nullable = context.ParseOptionsProvider
            .Select((p, _) => p is CSharpParseOptions c && c.LanguageVersion >= LanguageVersion.CSharp8)
            .WithTrackingName(TrackingNames.LanguageFeatures);

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, _) => (Text: pair.Left, File: OptionsReader.Classify(pair.Left.Path, pair.Right.GetOptions(pair.Left))))
            .WithTrackingName(TrackingNames.Classify);

        var articles = inputs
            .Where(i => i.File.Kind == InputKind.Article)
            .WithTrackingName(TrackingNames.Articles)
            .Combine(maxArticleBytes)
            .Select((pair, ct) => ArticleReader.Read(pair.Left.Text, pair.Left.File, pair.Right, ct))
            .WithTrackingName(TrackingNames.Extract);

        var overrides = inputs
            .Where(i => i.File.Kind == InputKind.Overrides)
            .Select((i, ct) => ReadOverrides(i.Text, i.File, ct))
            .WithTrackingName(TrackingNames.Overrides);

        // Facts and line maps travel apart: consolidation (the costly corpus-wide step) reruns only when
        // some article's facts change, and placing diagnostics only when a line map does.
        var facts = articles
            .Select((a, _) => new ArticleFacts(a.Path, a.Name, a.Facts))
            .WithTrackingName(TrackingNames.ArticleFacts);
        var lines = articles
            .Select((a, _) => new ArticleLines(a.Path, a.Name, a.Lines))
            .WithTrackingName(TrackingNames.ArticleLines);

        // Remembers, per generator instance, what makes the next consolidation over mostly the same documents cheap
        // (the cached steps hand over the very same objects); the result never depends on it.
        var memo = new ConsolidationCache();
        var orderedFacts = new OrderedInputs<ArticleFacts>(a => a.Path, a => a.Name);
        var merged = facts
            .Collect()
            .Select((all, _) => Consolidate(orderedFacts.Of(all).Items, memo))
            .WithTrackingName(TrackingNames.Consolidate);

        var orderedLines = new OrderedInputs<ArticleLines>(a => a.Path, a => a.Name);
        var placer = new DiagnosticPlacer();
        var corpus = merged
            .Combine(lines.Collect())
            .Select((pair, _) => new ConsolidatedCorpus(pair.Left.Corpus, placer.Place(pair.Left.Failures, pair.Left.Corpus.Diagnostics, orderedLines.Of(pair.Right))))
            .WithTrackingName(TrackingNames.Locate);

        var curated = corpus
            .Combine(overrides.Collect())
            .Select((pair, _) => Curate(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Curate);

        // Like the consolidation memo: per generator instance, makes the next plan cheaper, never changes it.
        var planMemo = new PlanMemo();
        var plan = curated
            .Combine(options)
            .Combine(nullable)
            .Select((pair, _) => Plan(pair.Left.Left, pair.Left.Right, pair.Right, planMemo))
            .WithTrackingName(TrackingNames.Plan);

        // The main file (declarations, counts, corpus order) changes with most fact changes, but it is small.
        var main = plan
            .Select((p, _) => new MainOutput(p.Plan.Main, p.Diagnostics))
            .WithTrackingName(TrackingNames.Emit);

        // A fixed number of shards, compared position by position: an edit re-emits only the shards whose facts changed.
        var shards = plan
            .SelectMany((p, _) => p.Plan.Shards)
            .WithTrackingName(TrackingNames.Shards);

        context.RegisterSourceOutput(main, static (spc, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            var (source, failure) = EmitMain(result.Main);
            if (failure is not null)
            {
                spc.ReportDiagnostic(failure.ToDiagnostic());
            }

            if (source is not null)
            {
                spc.AddSource(FactsEmitter.HintName, SourceText.From(source, Encoding.UTF8));
            }
        });

        context.RegisterSourceOutput(shards, static (spc, shard) =>
        {
            if (!shard.Written)
            {
                return;
            }

            var (source, failure) = EmitShard(shard);
            if (failure is not null)
            {
                spc.ReportDiagnostic(failure.ToDiagnostic());
            }

            spc.AddSource(shard.HintName, SourceText.From(source, Encoding.UTF8));
        });
    }

    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
    {
        try
        {
            return OptionsReader.Read(global);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return GeneratorOptions.Default with { Diagnostics = new[] { Internal("reading options", ex) }.ToEquatableArray() };
        }
    }

    private static OverridesFile ReadOverrides(AdditionalText file, InputFile input, CancellationToken ct)
    {
        try
        {
            var text = file.GetText(ct);
            if (text is null)
            {
                return new OverridesFile(input.Path, EquatableArray<OverrideEntry>.Empty, new[]
                {
                    LineMap.Of(string.Empty).Locate(DiagnosticIds.UnreadableFile, "The overrides file could not be read; it is ignored.", input.Path, 1, 1, 0),
                }.ToEquatableArray());
            }

            return OverridesParser.Parse(input.Path, text.ToString());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new OverridesFile(input.Path, EquatableArray<OverrideEntry>.Empty, new[] { Internal("reading " + input.Name, ex) }.ToEquatableArray());
        }
    }

    private static MergedCorpus Consolidate(List<ArticleFacts> articles, ConsolidationCache memo)
    {
        try
        {
            return new MergedCorpus(Consolidator.Consolidate(articles.Select(a => a.Facts), memo), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failure = Internal("consolidating the articles (each article's facts are emitted unmerged)", ex);
            return new MergedCorpus(Unmerged(articles.Select(a => a.Facts)), new[] { failure }.ToEquatableArray());
        }
    }

    private static ConsolidatedCorpus Curate(ConsolidatedCorpus consolidated, ImmutableArray<OverridesFile> files)
    {
        if (files.IsEmpty)
        {
            // No overrides: the corpus passes through untouched (no copy, no re-comparison downstream).
            return consolidated;
        }

        var diagnostics = consolidated.Diagnostics.Concat(files.SelectMany(f => f.Diagnostics)).ToList();

        try
        {
            var (corpus, unmatched) = OverridesApplier.Apply(consolidated.Corpus, files);
            diagnostics.AddRange(unmatched);
            return new ConsolidatedCorpus(corpus, diagnostics.ToEquatableArray());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(Internal("applying the overrides (none were applied)", ex));
            return consolidated with { Diagnostics = diagnostics.ToEquatableArray() };
        }
    }

    private static PlannedOutput Plan(ConsolidatedCorpus curated, GeneratorOptions options, bool nullable, PlanMemo memo)
    {
        var diagnostics = options.Diagnostics.Concat(curated.Diagnostics).ToList();
        FactsPlan plan;
        try
        {
            lock (memo)
            {
                plan = EmitPlanner.Plan(curated.Corpus, options, nullable, memo);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(Internal("emitting the facts class (an empty fact set was generated)", ex));
            plan = EmitPlanner.Plan(Empty, options, nullable);
        }

        var distinct = diagnostics
            .Select(options.WithChosenSeverity)
            .OfType<DiagnosticInfo>()
            .Distinct()
            .ToList();

        // Located diagnostics usually arrive in this order already: then the (stable) sort would change nothing.
        var inOrder = true;
        for (var k = 1; k < distinct.Count && inOrder; k++)
        {
            inOrder = ByPlace(distinct[k - 1], distinct[k]) <= 0;
        }

        var ordered = inOrder
            ? distinct.ToEquatableArray()
            : distinct
                .OrderBy(d => d.Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToEquatableArray();
        return new PlannedOutput(plan, ordered);
    }

    /// <summary>The order diagnostics are reported in: path, start, id, message.</summary>
    private static int ByPlace(DiagnosticInfo a, DiagnosticInfo b)
    {
        var c = string.CompareOrdinal(a.Path ?? string.Empty, b.Path ?? string.Empty);
        c = c != 0 ? c : a.Start.CompareTo(b.Start);
        c = c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }

    private static (string? Source, DiagnosticInfo? Failure) EmitMain(FactsMain main)
    {
        try
        {
            return (FactsEmitter.EmitMain(main), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failure = Internal("emitting the facts class (an empty fact set was generated)", ex);
            try
            {
                var empty = EmitPlanner.Plan(Empty, GeneratorOptions.Default with { Namespace = main.Settings.Namespace, ClassName = main.Settings.ClassName }, main.Settings.Nullable);
                return (FactsEmitter.EmitMain(empty.Main with { ShardCount = main.ShardCount }), failure);
            }
            catch (Exception inner) when (inner is not OperationCanceledException)
            {
                return (null, failure);
            }
        }
    }

    /// <summary>A shard's source; when it cannot be written, the same shard without facts, so the main file still compiles.</summary>
    private static (string Source, DiagnosticInfo? Failure) EmitShard(FactsShard shard)
    {
        try
        {
            return (ShardWriter.WriteFile(shard), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var empty = shard with
            {
                Documents = EquatableArray<DocumentInfo>.Empty, Events = EquatableArray<NamedEvent>.Empty, People = EquatableArray<NamedPerson>.Empty,
                Organizations = EquatableArray<NamedOrganization>.Empty, Quotes = EquatableArray<QuoteFact>.Empty,
            };
            return (ShardWriter.WriteFile(empty), Internal($"emitting shard {shard.Index} of the facts class (its facts are missing)", ex));
        }
    }

    private static readonly CorpusFacts Empty = new(
        EquatableArray<DocumentInfo>.Empty, EquatableArray<EventFact>.Empty, EquatableArray<PersonFact>.Empty,
        EquatableArray<OrganizationFact>.Empty, EquatableArray<QuoteFact>.Empty, EquatableArray<FactDiagnostic>.Empty);

    /// <summary>The articles' facts side by side, used only when consolidation itself failed.</summary>
    private static CorpusFacts Unmerged(IEnumerable<DocumentFacts> documents)
    {
        var list = documents.ToList();
        return new CorpusFacts(
            list.Select(d => d.Document).ToEquatableArray(),
            list.SelectMany(d => d.Events).ToEquatableArray(),
            list.SelectMany(d => d.People).ToEquatableArray(),
            list.SelectMany(d => d.Organizations).ToEquatableArray(),
            list.SelectMany(d => d.Quotes).ToEquatableArray(),
            list.SelectMany(d => d.Diagnostics).ToEquatableArray());
    }

    private static DiagnosticInfo Internal(string what, Exception ex) =>
        DiagnosticInfo.Nowhere(DiagnosticIds.InternalError, $"FactGen failed while {what}: {ex.GetType().Name}: {ex.Message}");
}
