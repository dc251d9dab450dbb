using System;
using System.Collections.Generic;

namespace FactGen.Generator.Emit;

/// <summary>
/// Remembers between plans, per name, the identifier it was given when that was its own Pascal form (no collision
/// number). <see cref="IdentifierNames.Take"/> gives a name the first free one of its Pascal form, then that form
/// numbered, so while the plain form is free it is the answer, and an edit need not build every name's Pascal form
/// again (a string per person and organization, on every edit). The identifiers never depend on what is remembered.
/// </summary>
internal sealed class IdentifierMemo
{
    private Dictionary<string, string> _last = new(StringComparer.Ordinal);
    private Dictionary<string, string> _next = new(StringComparer.Ordinal);

    /// <summary>What <paramref name="names"/>.<see cref="IdentifierNames.Take"/>(<paramref name="name"/>) returns, and takes it.</summary>
    public string Take(IdentifierNames names, string name)
    {
        if (_last.TryGetValue(name, out var plain) && names.IsFree(plain))
        {
            names.Reserve(plain);
            _next[name] = plain;
            return plain;
        }

        var identifier = names.Take(name);
        var pascal = IdentifierNames.Pascal(name);
        var plainForm = identifier == pascal
            || (identifier.Length == pascal.Length + 1 && identifier[0] == '@' && identifier.EndsWith(pascal, StringComparison.Ordinal));
        if (plainForm)
        {
            _next[name] = identifier;
        }

        return identifier;
    }

    /// <summary>Ends a plan: the names it used are what the next one remembers (the tables swap, none is reallocated).</summary>
    public void EndRun()
    {
        (_last, _next) = (_next, _last);
        _next.Clear();
    }
}
