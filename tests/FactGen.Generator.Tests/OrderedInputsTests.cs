using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace FactGen.Generator.Tests;

/// <summary>The remembered ordering of a collected step's articles equals ordering them afresh, whatever the edit.</summary>
public class OrderedInputsTests
{
    [Theory]
    [InlineData(1, 12, false)]
    [InlineData(2, 300, false)]
    [InlineData(3, 300, true)]
    public void RememberedOrderEqualsAFreshOrderAfterAnyEdit(int seed, int size, bool repeatedPaths)
    {
        // Without a path given twice (the usual case) the last order is built on; with one, ordering starts afresh.
        var random = new Random(seed);
        var items = Enumerable.Range(0, size).Select(i => new Item("p" + i, Name(random))).ToList();
        var ordered = new OrderedInputs<Item>(i => i.Path, i => i.Name);
        var last = ImmutableArray<Item>.Empty;
        var updates = 0;
        for (var run = 0; run < 80; run++)
        {
            Edit(items, random, run % 13 == 12 ? size / 2 : 1 + random.Next(4), repeatedPaths);
            var input = ImmutableArray.CreateRange(items);
            var result = ordered.Of(input);
            Assert.Equal(Fresh(input), result.Items);
            if (result.IsUpdate)
            {
                // What changed is told by object: every object not given again is gone, every new one added, and one
                // that moved (given again, out of its order) is both.
                updates++;
                var gone = result.Gone!.ToHashSet<Item>(ReferenceEqualityComparer.Instance);
                var added = result.Added!.ToHashSet<Item>(ReferenceEqualityComparer.Instance);
                Assert.All(last.Where(i => !input.Contains(i, ReferenceEqualityComparer.Instance)), i => Assert.Contains(i, gone));
                Assert.All(input.Where(i => !last.Contains(i, ReferenceEqualityComparer.Instance)), i => Assert.Contains(i, added));
                Assert.All(gone.Where(i => input.Contains(i, ReferenceEqualityComparer.Instance)), i => Assert.Contains(i, added));
                Assert.All(added.Where(i => last.Contains(i, ReferenceEqualityComparer.Instance)), i => Assert.Contains(i, gone));
            }

            last = input;
        }

        Assert.True(repeatedPaths || updates > 40, $"only {updates} of 80 orderings were updates");
    }

    [Fact]
    public void TheFirstOfAPathGivenTwiceCountsAsInputOrderSays()
    {
        var first = new Item("same", "b");
        var second = new Item("same", "a");
        var ordered = new OrderedInputs<Item>(i => i.Path, i => i.Name);
        Assert.Equal(new[] { first }, ordered.Of(ImmutableArray.Create(first, second)).Items);
        Assert.Equal(new[] { second }, ordered.Of(ImmutableArray.Create(second, first)).Items);
        Assert.Empty(ordered.Of(ImmutableArray<Item>.Empty).Items);
        Assert.Empty(ordered.Of(default).Items);
    }

    /// <summary>The rule the generator relies on: the first of each path, ordered by name, then path.</summary>
    private static List<Item> Fresh(ImmutableArray<Item> input)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return input.Where(i => seen.Add(i.Path))
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ThenBy(i => i.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static string Name(Random random) => "n" + random.Next(40);

    /// <summary>Edits as the compiler hands them over: a file replaced (often moved to the end), added, removed, given twice, or moved.</summary>
    private static void Edit(List<Item> items, Random random, int changes, bool repeatedPaths)
    {
        for (var c = 0; c < changes; c++)
        {
            var i = random.Next(items.Count);
            switch (random.Next(6))
            {
                case 0:
                    items[i] = items[i] with { Name = Name(random) };
                    break;
                case 1:
                    var replaced = items[i] with { };
                    items.RemoveAt(i);
                    items.Add(replaced);
                    break;
                case 2:
                    var path = "new" + random.Next(1000);
                    if (repeatedPaths || items.All(x => x.Path != path))
                    {
                        items.Insert(random.Next(items.Count + 1), new Item(path, Name(random)));
                    }

                    break;
                case 3:
                    if (items.Count > 2)
                    {
                        items.RemoveAt(i);
                    }

                    break;
                case 4:
                    if (repeatedPaths)
                    {
                        items.Insert(random.Next(items.Count + 1), items[i] with { Name = Name(random) });
                    }

                    break;
                default:
                    var moved = items[i];
                    items.RemoveAt(i);
                    items.Insert(random.Next(items.Count + 1), moved);
                    break;
            }
        }
    }

    private sealed record Item(string Path, string Name);
}
