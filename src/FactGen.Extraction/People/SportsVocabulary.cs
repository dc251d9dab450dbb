using System.Collections.Generic;

namespace FactGen.Extraction.People;

/// <summary>Words that mark a sports report: results, matches, the sports themselves.</summary>
internal static class SportsVocabulary
{
    private static readonly string[] StrongWords =
    {
        "soccer", "football", "cricket", "tennis", "golf", "baseball", "basketball", "hockey", "rugby", "athletics",
        "cycling", "boxing", "innings", "wicket", "wickets", "goals", "striker", "midfielder", "goalkeeper", "halftime",
        "half-time", "seeded", "semifinal", "semi-final", "quarterfinal", "quarter-final", "batting", "bowling",
        "pitcher", "homer", "inning", "lap", "laps", "podium", "standings", "squad", "scorers", "tournament",
        "championship", "league", "match", "matches", "skipper", "penalty", "stadium", "runs",
    };

    private static readonly string[] WeakWords =
    {
        "goal", "scored", "seed", "race", "medal", "coach", "season", "draw", "drew", "beat", "defeated", "victory",
        "champion", "champions", "club", "derby", "title", "cup", "players", "team",
    };

    // Each listed word's bit in a mask of the words an article has (fewer than 64 words in each list), so an
    // article counts its distinct sports words without a set of its own. Also the lists' membership test.
    private static readonly Dictionary<string, int> StrongBits = Bits(StrongWords);

    private static readonly Dictionary<string, int> WeakBits = Bits(WeakWords);

    /// <summary>True for a strong sports word ("innings", "halftime"), case ignored; asked once per word (see <see cref="WordInfo"/>).</summary>
    internal static bool IsStrong(string word) => StrongBits.ContainsKey(word);

    /// <summary>True for another sports word ("beat", "season"), case ignored; asked once per word (see <see cref="WordInfo"/>).</summary>
    internal static bool IsWeak(string word) => WeakBits.ContainsKey(word);

    private static Dictionary<string, int> Bits(string[] words)
    {
        if (words.Length > 64)
        {
            throw new System.InvalidOperationException("A sports word list outgrew its 64-bit mask.");
        }

        var bits = new Dictionary<string, int>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            bits.Add(word, bits.Count);
        }

        return bits;
    }

    /// <summary>
    /// Notes one word of the article (a Word token): <paramref name="strong"/> and <paramref name="weak"/> get the bits
    /// of the strong sports words ("innings", "halftime") and other ones ("beat", "season") it spells (case ignored).
    /// </summary>
    public static void Note(WordInfo word, ref ulong strong, ref ulong weak)
    {
        if (word.IsStrongSportsWord)
        {
            strong |= 1UL << StrongBits[word.Text];
        }
        else if (word.IsWeakSportsWord)
        {
            weak |= 1UL << WeakBits[word.Text];
        }
    }

    /// <summary>How many distinct words a mask of <see cref="Note"/> holds.</summary>
    public static int Count(ulong words)
    {
        var count = 0;
        for (; words != 0; words &= words - 1)
        {
            count++;
        }

        return count;
    }
}
