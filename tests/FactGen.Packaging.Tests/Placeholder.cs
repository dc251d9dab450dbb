namespace FactGen.Packaging.Tests;
