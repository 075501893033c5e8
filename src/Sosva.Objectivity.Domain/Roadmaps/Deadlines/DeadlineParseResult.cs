namespace Sosva.Objectivity.Domain.Roadmaps.Deadlines;

/// <summary>
/// What <see cref="DeadlineParser.Parse"/> made of a deadline cell (docs/design.md#51-result).
/// </summary>
/// <param name="Text">The deadline exactly as written (null becomes an empty string); never altered.</param>
/// <param name="Kind">What the text turned out to be.</param>
/// <param name="Checkpoints">Due dates, ascending and distinct; empty when the specialist must set them by hand.</param>
/// <param name="Warnings">Messages for the user, in Russian.</param>
/// <param name="RelativeLimit">A relative limit kept from the text («не позднее 14 дней»), or null.</param>
public sealed record DeadlineParseResult(
    string Text,
    DeadlineKind Kind,
    IReadOnlyList<DateOnly> Checkpoints,
    IReadOnlyList<string> Warnings,
    string? RelativeLimit);
