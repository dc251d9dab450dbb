using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Generator.Emit;

/// <summary>
/// Readable, stable C# identifiers from names: "Li Qiang" → LiQiang, "3M" → _3M, collisions get
/// 2, 3... in the order names are taken, keywords are escaped with '@'.
/// </summary>
/// <remarks>
/// Only letters, digits, connectors and combining marks survive, so no name can bring an operator,
/// a quote, a comment marker or a line break into the code. Invisible characters
/// (<see cref="CSharpText.IsInvisible(int)"/>: bidi controls, zero-width characters, Hangul
/// fillers, variation selectors) are removed too: C# would accept some of them in identifiers,
/// which would let two names that look the same be different members, or one look like another.
/// Characters outside the Basic Multilingual Plane are dropped (C# identifiers cannot hold them
/// unescaped), and lone surrogates with them.
/// Names are not Unicode-normalized: <see cref="string.Normalize()"/> depends on the host (with
/// invariant globalization it leaves "e" + U+0301 alone, with ICU it composes it and throws on
/// U+FFFE), and the same articles must give the same identifiers on every machine. The characters
/// used (letters, digits, marks) come from the framework's built-in Unicode tables, not from ICU.
/// </remarks>
internal sealed class IdentifierNames
{
    /// <summary>Names no static class member may take (object's members would warn CS0108).</summary>
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    /// <summary>Longer names are cut (C# allows 512 characters; nobody reads 100).</summary>
    private const int MaxLength = 100;

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>A scope where <paramref name="reserved"/> (the enclosing class's name, fixed members) are taken.</summary>
    public IdentifierNames(params string[] reserved)
    {
        foreach (var name in ObjectMembers)
        {
            _taken.Add(name);
        }

        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    /// <summary>Takes a unique identifier for <paramref name="name"/> in this scope.</summary>
    public string Take(string name)
    {
        var baseName = Pascal(name);
        var candidate = baseName;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = baseName + n.ToString(CultureInfo.InvariantCulture);
        }

        return Escape(candidate);
    }

    /// <summary>
    /// The family of <paramref name="name"/>'s identifiers: its Pascal form without trailing ASCII digits. Every identifier
    /// <see cref="Take"/> can give a name (its Pascal form, then that form numbered) has the name's family, so names of
    /// different families never compete for an identifier, and a family's identifiers depend only on its own names
    /// (and the scope's reserved words), in order. That lets a plan recompute only the families an edit touched.
    /// </summary>
    public static string Family(string name)
    {
        var pascal = Pascal(name);
        var end = pascal.Length;
        while (end > 0 && pascal[end - 1] is >= '0' and <= '9')
        {
            end--;
        }

        return end == pascal.Length ? pascal : pascal.Substring(0, end);
    }

    /// <summary>PascalCase words of the letters and digits of <paramref name="name"/>; apostrophes join, everything else splits.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            if (c is '\'' or '\u2019' || CSharpText.IsInvisible(c))
            {
                // Apostrophes join ("O'Brien" → OBrien); invisible characters are not there at all.
                continue;
            }

            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_' || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length == 0)
        {
            return "Item";
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        if (builder.Length > MaxLength)
        {
            builder.Length = char.IsHighSurrogate(builder[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        }

        return builder.ToString();
    }

    private static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
}
