namespace Sosva.Objectivity.Domain.Monitoring;

/// <summary>A school's place in a campaign's ranking.</summary>
/// <param name="School">The name from <see cref="SchoolInputs.School"/>.</param>
/// <param name="Points">Indicator code → points, in the methodology's order of indicators.</param>
/// <param name="Total">Sum of <paramref name="Points"/>; can be negative.</param>
/// <param name="BandCode">Code of the <see cref="BandDefinition"/> the total falls into.</param>
/// <param name="Rank">Competition rank: 1 + the number of schools with a strictly greater total.</param>
public sealed record SchoolScore(
    string School,
    IReadOnlyDictionary<string, int> Points,
    int Total,
    string BandCode,
    int Rank);

/// <summary>One line of a school's score breakdown.</summary>
/// <param name="ReferenceYear">The year the indicator is about (campaign year + offset).</param>
/// <param name="Explanation">How the points came about, in Russian, e.g. «В срок и без ошибок: 2 из 3 → 2 балла…».</param>
public sealed record IndicatorExplanation(
    string Code,
    string Title,
    int ReferenceYear,
    int Points,
    int Maximum,
    string Explanation);
