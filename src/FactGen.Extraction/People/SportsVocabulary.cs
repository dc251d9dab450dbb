using System.Collections.Generic;
using FactGen.Extraction.Text;

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

    /// <summary>How many distinct strong sports words ("innings", "halftime") and other ones ("beat", "season") the article uses.</summary>
    public static (int Strong, int Weak) Count(NameContext context)
    {
        HashSet<string>? strong = null;
        HashSet<string>? weak = null;
        for (var s = 0; s < context.Article.Sentences.Count; s++)
        {
            var tokens = context.Article.SentenceTokens[s];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }

                var info = context.Info(s, i);
                var word = info.Text;
                if (info.IsStrongSportsWord)
                {
                    (strong ??= new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)).Add(word);
                }
                else if (info.IsWeakSportsWord)
                {
                    (weak ??= new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)).Add(word);
                }
            }
        }

        return (strong?.Count ?? 0, weak?.Count ?? 0);
    }
}
