namespace FactGen.Extraction.Tests;
