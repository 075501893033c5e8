using System.Globalization;
using Sosva.Objectivity.Domain.Roadmaps.Import;

namespace Sosva.Objectivity.Domain.Tests.Roadmaps.Import;

public class RoadmapPeriodTests
{
    [Theory]
    [InlineData("Комплекс мер … на 2022/2023 учебный год", "2022-09-01", "2023-08-31")]
    [InlineData("План мероприятий (Дорожная карта) … г. Рубцовска на 2023-2024 учебный год", "2023-09-01", "2024-08-31")]
    [InlineData("Об утверждении плана мероприятий, по профилактике школьной неуспешности в 2023- 2024 учебном году", "2023-09-01", "2024-08-31")]
    [InlineData("… Сосьвинского городского округа на 2021/2022 учебные годы", "2021-09-01", "2022-08-31")]
    [InlineData("План на 2023–2024 уч. год", "2023-09-01", "2024-08-31")]
    [InlineData("План на 2023-24 учебный год", "2023-09-01", "2024-08-31")]
    [InlineData("ДОРОЖНАЯ КАРТА НА 2022/2023, 2023/2024 УЧЕБНЫЕ ГОДЫ", "2022-09-01", "2024-08-31")]
    [InlineData("Комплекс мер на 2022/2023 гг.", "2022-09-01", "2023-08-31")]
    [InlineData("План на 2023-2024 год", "2023-09-01", "2024-08-31")]
    public void Academic_years_run_from_1_September_to_31_August(string title, string start, string end)
    {
        var period = RoadmapPeriod.Detect(title);

        period.Should().Be(new RoadmapPeriod(Day(start), Day(end)));
        period!.IsAcademic.Should().BeTrue();
    }

    [Theory]
    [InlineData("ПЛАН мероприятий по объективности проведения оценочных процедур в 2020 году в МКОУ Межовской СОШ", "2020-01-01", "2020-12-31")]
    [InlineData("План мероприятий на 2024 год", "2024-01-01", "2024-12-31")]
    [InlineData("Дорожная карта 2021 г.", "2021-01-01", "2021-12-31")]
    [InlineData("Комплекс мер на 2022–2024 годы", "2022-01-01", "2024-12-31")]
    [InlineData("Комплекс мер на 2022 - 2024 гг.", "2022-01-01", "2024-12-31")]
    [InlineData("Программа на 2023-2024 годы", "2023-01-01", "2024-12-31")]
    [InlineData("План мероприятий с 2022 по 2024 год", "2022-01-01", "2024-12-31")]
    [InlineData("План учебных достижений на 2022-2024 годы", "2022-01-01", "2024-12-31")]
    public void Calendar_years_run_from_1_January_to_31_December(string title, string start, string end)
    {
        var period = RoadmapPeriod.Detect(title);

        period.Should().Be(new RoadmapPeriod(Day(start), Day(end)));
        period!.IsAcademic.Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("План мероприятий по повышению объективности")]
    [InlineData("Приказ от 20.08.2023 г. № 534")]
    [InlineData("План на 3023 год")]
    [InlineData("План на 2024/2022 учебный год")]
    [InlineData("План на 2022/2024 год")]
    public void A_title_without_a_recognisable_period_gives_none(string? title) =>
        RoadmapPeriod.Detect(title).Should().BeNull();

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_period_prints_as_Russian_dates() =>
        new RoadmapPeriod(new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31)).ToString().Should().Be("01.09.2023–31.08.2024");
}
