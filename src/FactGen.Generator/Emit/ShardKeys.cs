namespace FactGen.Generator.Emit;

/// <summary>
/// Which shard a fact goes to: a stable hash (FNV-1a over the UTF-16 code units, never
/// <see cref="string.GetHashCode()"/>, which changes per process) of the fact's stable key.
/// </summary>
internal static class ShardKeys
{
    /// <summary>The number of shard positions in the pipeline (fixed: Roslyn compares them position by position).</summary>
    public const int MaxShards = 64;

    /// <summary>Below this many facts one file is clearer than many, and emitting it is cheap anyway.</summary>
    public const int ShardingThreshold = 2000;

    /// <summary>One character per shard in the generated order strings: printable, no escapes needed.</summary>
    public const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /// <summary>The shard of <paramref name="key"/> among <paramref name="shards"/>.</summary>
    public static int Of(string key, int shards)
    {
        if (shards <= 1)
        {
            return 0;
        }

        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)shards);
    }

    /// <summary>The order-string character of shard <paramref name="shard"/>.</summary>
    public static char Digit(int shard) => Digits[shard];
}
