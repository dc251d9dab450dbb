using System.Collections.Generic;

namespace FactGen.Extraction.Events;

/// <summary>
/// A set of an article's sentence indexes: a flag per sentence to test, and the members in ascending order to
/// walk (what a sorted set gives, without a tree node per member).
/// </summary>
internal sealed class SentenceSet
{
    private readonly bool[] _members;
    private List<int>? _ascending;

    /// <summary>An empty set over <paramref name="sentenceCount"/> sentences.</summary>
    public SentenceSet(int sentenceCount) => _members = new bool[sentenceCount];

    /// <summary>Adds sentence <paramref name="sentence"/> (no effect when it is in the set already).</summary>
    public void Add(int sentence)
    {
        _members[sentence] = true;
        _ascending = null;
    }

    /// <summary>True when sentence <paramref name="sentence"/> is in the set.</summary>
    public bool Contains(int sentence) => _members[sentence];

    /// <summary>The members, lowest first.</summary>
    public List<int> Ascending
    {
        get
        {
            if (_ascending is null)
            {
                _ascending = new List<int>();
                for (var s = 0; s < _members.Length; s++)
                {
                    if (_members[s])
                    {
                        _ascending.Add(s);
                    }
                }
            }

            return _ascending;
        }
    }
}
