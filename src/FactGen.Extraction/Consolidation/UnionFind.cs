namespace FactGen.Extraction.Consolidation;

/// <summary>Disjoint sets over 0..n-1; the smaller index always becomes the root so results never depend on union order.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra < rb)
        {
            _parent[rb] = ra;
        }
        else if (rb < ra)
        {
            _parent[ra] = rb;
        }
    }
}
