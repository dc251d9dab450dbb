using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace FactGen.Generator.Tests;

/// <summary>The remembered ordering of a collected step's articles equals ordering them afresh, whatever the edit.</summary>
public class OrderedInputsTests
{
    [Theory]
    [InlineData(1, 12)]
    [InlineData(2, 300)]
    public void RememberedOrderEqualsAFreshOrderAfterAnyEdit(int seed, int size)
    {
        var random = new Random(seed);
        var items = Enumerable.Range(0, size).Select(i => new Item("p" + i, Name(random))).ToList();
        var ordered = new OrderedInputs<Item>(i => i.Path, i => i.Name);
        for (var run = 0; run < 80; run++)
        {
            Edit(items, random, run % 13 == 12 ? size / 2 : 1 + random.Next(4));
            var input = ImmutableArray.CreateRange(items);
            Assert.Equal(Fresh(input), ordered.Of(input));
        }
    }

    [Fact]
    public void TheFirstOfAPathGivenTwiceCountsAsInputOrderSays()
    {
        var first = new Item("same", "b");
        var second = new Item("same", "a");
        var ordered = new OrderedInputs<Item>(i => i.Path, i => i.Name);
        Assert.Equal(new[] { first }, ordered.Of(ImmutableArray.Create(first, second)));
        Assert.Equal(new[] { second }, ordered.Of(ImmutableArray.Create(second, first)));
        Assert.Empty(ordered.Of(ImmutableArray<Item>.Empty));
        Assert.Empty(ordered.Of(default));
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
    private static void Edit(List<Item> items, Random random, int changes)
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
                    items.Insert(random.Next(items.Count + 1), new Item("new" + random.Next(1000), Name(random)));
                    break;
                case 3:
                    if (items.Count > 2)
                    {
                        items.RemoveAt(i);
                    }

                    break;
                case 4:
                    items.Insert(random.Next(items.Count + 1), items[i] with { Name = Name(random) });
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
