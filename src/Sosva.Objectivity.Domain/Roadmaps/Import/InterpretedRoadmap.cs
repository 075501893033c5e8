namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>
/// A roadmap read from a document: its title, period and approving order as far as the document
/// gives them, and its table. Warnings about the title and the period come first in
/// <see cref="InterpretedTable.Warnings"/>.
/// </summary>
public sealed record InterpretedRoadmap(
    string? Title,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    string? OrderNumber,
    DateOnly? OrderDate,
    InterpretedTable Table);
