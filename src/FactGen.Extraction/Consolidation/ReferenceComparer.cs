using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace FactGen.Extraction.Consolidation;

/// <summary>Identity equality, for memos keyed by the very object a cached pipeline step handed over again.</summary>
internal sealed class ReferenceComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly ReferenceComparer<T> Instance = new();

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
