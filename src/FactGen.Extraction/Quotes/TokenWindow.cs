namespace FactGen.Extraction.Quotes;

/// <summary>
/// A run of consecutive token indices (the words of a clause next to a quotation). A window is always
/// contiguous, so it is two numbers, not a list: reading attributions allocates nothing for it.
/// </summary>
internal readonly struct TokenWindow
{
    public TokenWindow(int first, int count)
    {
        First = first;
        Count = count;
    }

    /// <summary>Index of the first token (meaningless when <see cref="Count"/> is 0).</summary>
    public int First { get; }

    public int Count { get; }

    /// <summary>The token index at position <paramref name="k"/> of the window.</summary>
    public int this[int k] => First + k;

    public Enumerator GetEnumerator() => new(First, First + Count);

    /// <summary>Enumerates the token indices in order.</summary>
    public struct Enumerator
    {
        private readonly int _end;

        public Enumerator(int first, int end)
        {
            Current = first - 1;
            _end = end;
        }

        public int Current { get; private set; }

        public bool MoveNext() => ++Current < _end;
    }
}
