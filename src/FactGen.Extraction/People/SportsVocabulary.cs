using System.Collections.Generic;
using FactGen.Extraction.Text;

namespace FactGen.Extraction.People;

/// <summary>Words that mark a sports report: results, matches, the sports themselves.</summary>
internal static class SportsVocabulary
{
    private static readonly HashSet<string> Strong = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "soccer", "football", "cricket", "tennis", "golf", "baseball", "basketball", "hockey", "rugby", "athletics",
        "cycling", "boxing", "innings", "wicket", "wickets", "goals", "striker", "midfielder", "goalkeeper", "halftime",
        "half-time", "seeded", "semifinal", "semi-final", "quarterfinal", "quarter-final", "batting", "bowling",
        "pitcher", "homer", "inning", "lap", "laps", "podium", "standings", "squad", "scorers", "tournament",
        "championship", "league", "match", "matches", "skipper", "penalty", "stadium", "runs",
    };

    private static readonly HashSet<string> Weak = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "goal", "scored", "seed", "race", "medal", "coach", "season", "draw", "drew", "beat", "defeated", "victory",
        "champion", "champions", "club", "derby", "title", "cup", "players", "team",
    };

    /// <summary>How many distinct strong sports words ("innings", "halftime") and other ones ("beat", "season") the article uses.</summary>
    public static (int Strong, int Weak) Count(ArticleAnalysis article)
    {
        var strong = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        var weak = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var tokens in article.SentenceTokens)
        {
            foreach (var token in tokens)
            {
                var word = article.TextOf(token);
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (Strong.Contains(word))
                {
                    strong.Add(word);
                }
                else if (Weak.Contains(word))
                {
                    weak.Add(word);
                }
            }
        }

        return (strong.Count, weak.Count);
    }
}
