using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Extraction;
using FactGen.Generator.Emit;
using FactGen.Generator.Options;

namespace FactGen.Generator.Tests;

// The runtime package has types of the same names in the enclosing namespace FactGen.
using OrganizationKind = FactGen.Extraction.OrganizationKind;
using OrganizationRole = FactGen.Extraction.OrganizationRole;
using PersonRole = FactGen.Extraction.PersonRole;

/// <summary>
/// A plan made with the last plan's memo equals a fresh plan, whatever the edit: the memo only decides how much is
/// redone. Corpora here reuse fact objects from run to run, as consolidation does, so the memo's reuse paths are taken.
/// </summary>
public class PlanMemoTests
{
    /// <summary>
    /// Names whose Pascal forms collide ("Ada Moss", "Ada-Moss", "ada moss"), keywords ("class"), reserved words
    /// ("All", "People"), numbered forms that compete with collision numbers ("Ada Moss 2", "AdaMoss2"), leading digits.
    /// </summary>
    private static readonly string[] Names =
    {
        "Ada Moss", "Ada-Moss", "ada moss", "Ada Moss 2", "AdaMoss2", "Ada Moss 22", "class", "Class", "All", "People", "Speakers",
        "Firms", "Bruno Keller", "O'Brien", "OBrien", "3M", "_3M", "Equals", "Chiara Okafor", "Item", "",
    };

    [Fact]
    public void RememberedIdentifiersEqualFreshOnesWhenEveryFactIsNew()
    {
        var random = new Random(5);
        var memo = new PlanMemo();
        for (var run = 0; run < 60; run++)
        {
            var people = Names.Concat(Names).Where(_ => random.Next(3) > 0).OrderBy(_ => random.Next()).Select(n => Person(n, "a.txt")).ToArray();
            var organizations = Names.Where(_ => random.Next(2) > 0).OrderBy(_ => random.Next()).Select(n => Organization(n, "a.txt")).ToArray();
            AssertSamePlan(Corpus(Array.Empty<DocumentInfo>(), people, organizations, Array.Empty<QuoteFact>()), memo);
        }
    }

    [Theory]
    [InlineData(11, 40)]   // one file: the shard is inlined into the main file
    [InlineData(12, 900)]  // sharded
    public void EditsThatAddRemoveReplaceAndReorderFactsPlanAsAFreshPlanWould(int seed, int size)
    {
        var random = new Random(seed);
        var pool = new FactPool(random, size);
        var memo = new PlanMemo();
        for (var run = 0; run < 40; run++)
        {
            pool.Edit(run % 10 == 9 ? size / 2 : 1 + random.Next(6));
            AssertSamePlan(pool.Corpus(), memo);
        }
    }

    [Fact]
    public void ChangedOptionsAndAFailedPlanStartTheMemoAfresh()
    {
        var pool = new FactPool(new Random(3), 900);
        var memo = new PlanMemo();
        AssertSamePlan(pool.Corpus(), memo);
        var other = GeneratorOptions.Default with { ClassName = "Other" };
        Assert.Equal(EmitPlanner.Plan(pool.Corpus(), other, false), EmitPlanner.Plan(pool.Corpus(), other, false, memo));

        memo.Forget();
        pool.Edit(3);
        AssertSamePlan(pool.Corpus(), memo);
    }

    [Fact]
    public void AQuoteAddedToAnUnchangedSpeakerUpdatesOnlyTheirCount()
    {
        var ada = Person("Ada Moss", "a.txt");
        var bruno = Person("Bruno Keller", "b.txt");
        var documents = new[] { new DocumentInfo("a.txt", null, null, null), new DocumentInfo("b.txt", null, null, null) };
        var first = new[] { Quote("one", "Ada Moss", "a.txt") };
        var memo = new PlanMemo();
        AssertSamePlan(Corpus(documents, new[] { ada, bruno }, Array.Empty<OrganizationFact>(), first), memo);

        var second = first.Append(Quote("two", "Ada Moss", "b.txt")).Append(Quote("three", "Bruno Keller", "b.txt")).ToArray();
        var plan = AssertSamePlan(Corpus(documents, new[] { ada, bruno }, Array.Empty<OrganizationFact>(), second), memo);
        var people = plan.Main.Inline!.People;
        Assert.Equal(new[] { 2, 1 }, people.Select(p => p.QuoteCount));
    }

    private static FactsPlan AssertSamePlan(CorpusFacts corpus, PlanMemo memo)
    {
        var fresh = EmitPlanner.Plan(corpus, GeneratorOptions.Default, true);
        var remembered = EmitPlanner.Plan(corpus, GeneratorOptions.Default, true, memo);
        Assert.Equal(fresh.Main, remembered.Main);
        for (var s = 0; s < fresh.Shards.Count; s++)
        {
            Assert.Equal(fresh.Shards[s], remembered.Shards[s]);
        }

        Assert.Equal(fresh, remembered);
        return remembered;
    }

    private static CorpusFacts Corpus(DocumentInfo[] documents, PersonFact[] people, OrganizationFact[] organizations, QuoteFact[] quotes) => new(
        new EquatableArray<DocumentInfo>(documents),
        EquatableArray<EventFact>.Empty,
        new EquatableArray<PersonFact>(people),
        new EquatableArray<OrganizationFact>(organizations),
        new EquatableArray<QuoteFact>(quotes),
        EquatableArray<FactDiagnostic>.Empty);

    private static FactEvidence[] Evidence(string file) => new[] { new FactEvidence(file, 1, 1, 1, "s") };

    private static PersonFact Person(string name, string file, PersonRole role = PersonRole.Mentioned) =>
        new(name, EquatableArray<string>.Empty, EquatableArray<string>.Empty, role, new EquatableArray<FactEvidence>(Evidence(file)));

    private static OrganizationFact Organization(string name, string file, OrganizationKind kind = OrganizationKind.Company) =>
        new(name, EquatableArray<string>.Empty, kind, OrganizationRole.Mentioned, new EquatableArray<FactEvidence>(Evidence(file)));

    private static QuoteFact Quote(string text, string? speaker, string file) =>
        new(text, speaker, false, new EquatableArray<FactEvidence>(Evidence(file)));

    /// <summary>
    /// A corpus whose facts live on from edit to edit as the same objects, the way consolidation hands them over; an
    /// edit adds, removes, replaces (same value, new object, or a new speaker, role or kind) and swaps facts.
    /// </summary>
    private sealed class FactPool
    {
        private readonly Random _random;
        private readonly List<DocumentInfo> _documents = new();
        private readonly List<PersonFact> _people = new();
        private readonly List<OrganizationFact> _organizations = new();
        private readonly List<QuoteFact> _quotes = new();
        private int _next;

        public FactPool(Random random, int size)
        {
            _random = random;
            for (var i = 0; i < size; i++)
            {
                AddOne();
            }
        }

        public CorpusFacts Corpus() => PlanMemoTests.Corpus(_documents.ToArray(), _people.ToArray(), _organizations.ToArray(), _quotes.ToArray());

        public void Edit(int changes)
        {
            for (var c = 0; c < changes; c++)
            {
                switch (_random.Next(5))
                {
                    case 0:
                        AddOne();
                        break;
                    case 1:
                        RemoveOne();
                        break;
                    case 2:
                        ReplaceOne();
                        break;
                    case 3:
                        Swap(_people);
                        break;
                    default:
                        Swap(_quotes);
                        break;
                }
            }
        }

        private string File() => "f" + _random.Next(60) + ".txt";

        private string Name() => _random.Next(4) == 0 ? Names[_random.Next(Names.Length)] : "Person " + (char)('A' + _random.Next(26)) + _random.Next(200);

        private void AddOne()
        {
            var file = File();
            _next++;
            Insert(_documents, new DocumentInfo(file + "#" + _next, null, null, null));
            Insert(_people, Person(Name(), file, _random.Next(3) == 0 ? PersonRole.Speaker : PersonRole.Mentioned));
            if (_random.Next(2) == 0)
            {
                Insert(_organizations, Organization(Name(), file, _random.Next(2) == 0 ? OrganizationKind.Company : OrganizationKind.Government));
            }

            var speaker = _random.Next(3) == 0 ? null : _people[_random.Next(_people.Count)].Name;
            Insert(_quotes, Quote("quote " + _next, speaker, file));
        }

        private void RemoveOne()
        {
            foreach (var list in new System.Collections.IList[] { _documents, _people, _organizations, _quotes })
            {
                if (list.Count > 1)
                {
                    list.RemoveAt(_random.Next(list.Count));
                }
            }
        }

        private void ReplaceOne()
        {
            if (_people.Count > 0)
            {
                var i = _random.Next(_people.Count);
                var p = _people[i];
                _people[i] = _random.Next(2) == 0 ? p with { } : p with { Role = p.Role == PersonRole.Speaker ? PersonRole.Mentioned : PersonRole.Speaker };
            }

            if (_organizations.Count > 0)
            {
                var i = _random.Next(_organizations.Count);
                _organizations[i] = _organizations[i] with { Kind = _random.Next(2) == 0 ? OrganizationKind.Company : OrganizationKind.Government };
            }

            if (_quotes.Count > 0)
            {
                var i = _random.Next(_quotes.Count);
                var speaker = _random.Next(3) == 0 ? null : _people[_random.Next(_people.Count)].Name;
                _quotes[i] = _quotes[i] with { Speaker = speaker };
            }

            if (_documents.Count > 0)
            {
                var i = _random.Next(_documents.Count);
                _documents[i] = _documents[i] with { };
            }
        }

        private void Swap<T>(List<T> list)
        {
            if (list.Count > 2)
            {
                var i = _random.Next(list.Count - 1);
                (list[i], list[i + 1]) = (list[i + 1], list[i]);
            }
        }

        private void Insert<T>(List<T> list, T item) => list.Insert(_random.Next(list.Count + 1), item);
    }
}
