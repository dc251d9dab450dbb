using System.Collections.Generic;

namespace FactGen.Extraction.People;

/// <summary>The capitalised runs of one sentence: a slice of the list that holds those of the whole article.</summary>
internal readonly struct SentenceSpans
{
    private readonly List<NameSpan> _all;
    private readonly int _start;

    public SentenceSpans(List<NameSpan> all, int start, int count)
    {
        _all = all;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    public NameSpan this[int index] => _all[_start + index];
}
