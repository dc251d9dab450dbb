// Lets netstandard2.0 code use records.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
