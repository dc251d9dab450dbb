using System.Collections.Generic;

namespace FactGen.Extraction.People;

/// <summary>Words that mark a sports report: results, matches, the sports themselves.</summary>
internal static class SportsVocabulary
{
    internal static readonly HashSet<string> Strong = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "soccer", "football", "cricket", "tennis", "golf", "baseball", "basketball", "hockey", "rugby", "athletics",
        "cycling", "boxing", "innings", "wicket", "wickets", "goals", "striker", "midfielder", "goalkeeper", "halftime",
        "half-time", "seeded", "semifinal", "semi-final", "quarterfinal", "quarter-final", "batting", "bowling",
        "pitcher", "homer", "inning", "lap", "laps", "podium", "standings", "squad", "scorers", "tournament",
        "championship", "league", "match", "matches", "skipper", "penalty", "stadium", "runs",
    };

    internal static readonly HashSet<string> Weak = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "goal", "scored", "seed", "race", "medal", "coach", "season", "draw", "drew", "beat", "defeated", "victory",
        "champion", "champions", "club", "derby", "title", "cup", "players", "team",
    };

    /// <summary>
    /// Notes one word of the article (a Word token): <paramref name="strong"/> and <paramref name="weak"/> collect the
    /// distinct strong sports words ("innings", "halftime") and other ones ("beat", "season"), made when first needed.
    /// </summary>
    public static void Note(WordInfo word, ref HashSet<string>? strong, ref HashSet<string>? weak)
    {
        if (word.IsStrongSportsWord)
        {
            (strong ??= new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)).Add(word.Text);
        }
        else if (word.IsWeakSportsWord)
        {
            (weak ??= new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)).Add(word.Text);
        }
    }
}
