using System;

namespace FactGen.Generator.Options;

/// <summary>The parts of the generated API that <c>FactGenEmit</c> switches on. <c>Facts.All</c> is always emitted.</summary>
[Flags]
internal enum EmitCategories
{
    /// <summary>Only <c>Facts.All</c>.</summary>
    None = 0,

    /// <summary><c>Facts.Event</c> (or <c>Facts.Events</c>).</summary>
    Event = 1,

    /// <summary><c>Facts.Speakers</c>.</summary>
    Speakers = 2,

    /// <summary><c>Facts.People</c>.</summary>
    People = 4,

    /// <summary><c>Facts.Firms</c>.</summary>
    Firms = 8,

    /// <summary><c>Facts.Organizations</c>.</summary>
    Organizations = 16,

    /// <summary><c>Facts.Quotes</c>.</summary>
    Quotes = 32,

    /// <summary><c>Facts.Documents</c>.</summary>
    Documents = 64,

    /// <summary><c>Facts.Constants</c>.</summary>
    Constants = 128,

    /// <summary>Everything.</summary>
    All = Event | Speakers | People | Firms | Organizations | Quotes | Documents | Constants,
}
