using System.Text.RegularExpressions;
using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Importing;

namespace Sosva.Objectivity.Web.Tests.Importing;

internal static partial class ImportAssertions
{
    /// <summary>Section and measure counts of the seeds as the text import reads them (docs/design.md#45-import,
    /// PlainTextRoadmapTests).</summary>
    public static (int Sections, int Measures) ExpectedCounts(string seed) => seed switch
    {
        SeedTable.Sosva => (7, 25),
        SeedTable.SchoolPlan => (5, 19),
        SeedTable.Rubtsovsk => (8, 38),
        _ => throw new ArgumentOutOfRangeException(nameof(seed)),
    };

    public static InterpretedRoadmap Read(byte[] content, string fileName) =>
        RoadmapFileReader.Default.Read(new MemoryStream(content), fileName);

    public static int MeasureCount(this InterpretedRoadmap roadmap) => roadmap.Table.Sections.Sum(section => section.Measures.Count);

    /// <summary>Every section and measure, every text of them, in order, as the text import gives.</summary>
    public static void ShouldReadAs(this InterpretedRoadmap actual, InterpretedRoadmap expected, string seed, bool sameText = true)
    {
        var (sections, measures) = ExpectedCounts(seed);
        actual.Table.Sections.Should().HaveCount(sections);
        actual.MeasureCount().Should().Be(measures);
        actual.Table.Sections.Should().BeEquivalentTo(expected.Table.Sections, options => options.WithStrictOrdering());
        if (!sameText)
            return;
        actual.Title.Should().Be(expected.Title).And.NotBeNull();
        actual.OrderNumber.Should().Be(expected.OrderNumber);
        actual.OrderDate.Should().Be(expected.OrderDate);
        actual.PeriodStart.Should().Be(expected.PeriodStart);
        actual.PeriodEnd.Should().Be(expected.PeriodEnd);
    }

    /// <summary>Warnings with their row numbers left out: a text counts lines, a document rows.</summary>
    public static IEnumerable<string> WithoutRowNumbers(this IEnumerable<string> warnings) =>
        warnings.Select(warning => RowNumber().Replace(warning, "Строка N"));

    [GeneratedRegex(@"^Строка [0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex RowNumber();
}
