System.Console.WriteLine("FactGen sample");
