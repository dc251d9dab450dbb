using System.Collections.Generic;
using System.Reflection;
using FactGen.Extraction;

namespace FactGen.Generator.Emit;

/// <summary>
/// The other wordings of a grouped quotation. The consolidation work in progress adds
/// <c>QuoteFact.Variants</c> to the engine's model; until that lands on this branch it is read by
/// name, so the generator emits variants as soon as the engine provides them.
/// TODO: once QuoteFact.Variants is on main, replace this class with <c>quote.Variants</c>.
/// </summary>
internal static class QuoteVariants
{
    private static readonly PropertyInfo? Property = typeof(QuoteFact).GetProperty("Variants");

    /// <summary>The variants of <paramref name="quote"/>, or none when the model has no such field.</summary>
    public static IEnumerable<string> Of(QuoteFact quote) =>
        Property?.GetValue(quote) is IEnumerable<string> variants ? variants : System.Array.Empty<string>();
}
