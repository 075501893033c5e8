namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>
/// A roadmap table read into sections and measures, for the import preview (docs/design.md#45-import).
/// Nothing is created from it until the user confirms.
/// </summary>
/// <param name="Sections">Sections in order; measures before the first section go into an unnamed one.</param>
/// <param name="Warnings">Messages in Russian for the preview: what could not be read or looks suspicious.</param>
/// <param name="UnmappedColumns">Header cells that name no known column, as written; their cells are ignored.</param>
public sealed record InterpretedTable(
    IReadOnlyList<InterpretedSection> Sections,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> UnmappedColumns);

/// <summary>A section (раздел / направление) of an interpreted table.</summary>
/// <param name="Number">Number as written («1.», «I.»), or null.</param>
/// <param name="Title">Title as written; empty for the implicit section of measures before any section.</param>
/// <param name="Measures">Measures in order.</param>
public sealed record InterpretedSection(
    string? Number,
    string Title,
    IReadOnlyList<InterpretedMeasure> Measures);

/// <summary>A measure (мероприятие): every text as written, null where the table has nothing.</summary>
public sealed record InterpretedMeasure(
    string? Number,
    string Title,
    string? Deadline,
    string? Responsible,
    string? ExpectedResult,
    string? DocumentType);
