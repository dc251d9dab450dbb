using System;
using System.Collections;
using System.Collections.Generic;

namespace FactGen.Extraction.Text;

/// <summary>
/// A run of tokens inside the article's single token array (a sentence or a paragraph): the tokens are stored
/// once per article, and sentences and paragraphs only say where theirs start and how many there are.
/// </summary>
internal readonly struct TokenRange : IReadOnlyList<Token>
{
    private readonly Token[] _tokens;
    private readonly int _start;

    public TokenRange(Token[] tokens, int start, int count)
    {
        _tokens = tokens;
        _start = start;
        Count = count;
    }

    public int Count { get; }

    /// <summary>Same as <see cref="Count"/>, for code written against arrays.</summary>
    public int Length => Count;

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return _tokens[_start + index];
        }
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Walks the range without allocating.</summary>
    public struct Enumerator : IEnumerator<Token>
    {
        private readonly TokenRange _range;
        private int _index;

        public Enumerator(TokenRange range)
        {
            _range = range;
            _index = -1;
        }

        public Token Current => _range._tokens[_range._start + _index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _range.Count;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
