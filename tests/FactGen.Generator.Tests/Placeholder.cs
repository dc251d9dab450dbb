namespace FactGen.Generator.Tests;
