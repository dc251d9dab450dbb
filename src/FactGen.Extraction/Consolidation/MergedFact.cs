namespace FactGen.Extraction.Consolidation;

/// <summary>One merged fact (a person, an event) and the conflicts its merge reported, remembered together per group.</summary>
/// <typeparam name="T">The fact type.</typeparam>
internal sealed class MergedFact<T>
{
    public MergedFact(T fact, FactDiagnostic[] conflicts)
    {
        Fact = fact;
        Conflicts = conflicts;
    }

    public T Fact { get; }

    public FactDiagnostic[] Conflicts { get; }
}
