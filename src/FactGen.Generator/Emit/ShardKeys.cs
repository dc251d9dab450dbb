namespace FactGen.Generator.Emit;

/// <summary>
/// Which shard a fact goes to: a stable hash (FNV-1a over the UTF-16 code units, never
/// <see cref="string.GetHashCode()"/>, which changes per process) of the fact's stable key.
/// </summary>
internal static class ShardKeys
{
    /// <summary>The number of shard positions in the pipeline (fixed: Roslyn compares them position by position).</summary>
    public const int MaxShards = 128;

    /// <summary>Below this many facts one file is clearer than many, and emitting it is cheap anyway.</summary>
    public const int ShardingThreshold = 2000;

    /// <summary>
    /// The order strings' first character: shard s is written as this plus s, so every shard is one printable letter
    /// (U+0100 to U+017F, Latin Extended-A) that needs no escape in a string literal.
    /// </summary>
    public const int FirstDigit = 0x100;

    /// <summary>Characters of a key that are hashed: enough to spread keys, and a long quotation costs no more than a name.</summary>
    private const int HashedLength = 48;

    /// <summary>The shard of <paramref name="key"/> among <paramref name="shards"/>.</summary>
    public static int Of(string key, int shards)
    {
        if (shards <= 1)
        {
            return 0;
        }

        var hash = 2166136261u;
        var length = key.Length < HashedLength ? key.Length : HashedLength;
        for (var i = 0; i < length; i++)
        {
            hash = (hash ^ key[i]) * 16777619u;
        }

        return (int)(hash % (uint)shards);
    }

    /// <summary>The order-string character of shard <paramref name="shard"/>.</summary>
    public static char Digit(int shard) => (char)(FirstDigit + shard);
}
