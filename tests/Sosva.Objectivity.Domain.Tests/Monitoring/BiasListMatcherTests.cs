using Sosva.Objectivity.Domain.Monitoring;

namespace Sosva.Objectivity.Domain.Tests.Monitoring;

/// <summary>The names of Rosobrnadzor's list matched to the school directory (docs/design.md#76-bias-lists).</summary>
public class BiasListMatcherTests
{
    private static readonly DirectorySchool School1 = new(1, "МАОУ СОШ № 1",
        "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 1» п. Сосьва", "6651001111");

    private static readonly DirectorySchool School2 = new(2, "МКОУ СОШ № 2 с. Кошай",
        "Муниципальное казённое общеобразовательное учреждение «Средняя общеобразовательная школа № 2» с. Кошай");

    private static readonly DirectorySchool Alyosha = new(3, "МКОУ ООШ д. Ёлкино", "Основная общеобразовательная школа деревни Ёлкино");

    private static readonly IReadOnlyList<DirectorySchool> Directory = [School1, School2, Alyosha];

    private static BiasListMatch MatchOne(string name) => BiasListMatcher.Match([name], Directory).Single();

    // ---- SplitLines: pasted text to names ----

    [Fact]
    public void Pasted_text_gives_one_name_a_line_trimmed_without_empty_lines()
    {
        BiasListMatcher.SplitLines("  МАОУ СОШ № 1 \r\n\r\n\tМКОУ СОШ № 2 с. Кошай\n   \n")
            .Should().Equal("МАОУ СОШ № 1", "МКОУ СОШ № 2 с. Кошай");
    }

    [Fact]
    public void No_text_gives_no_names()
    {
        BiasListMatcher.SplitLines(null).Should().BeEmpty();
        BiasListMatcher.SplitLines("").Should().BeEmpty();
    }

    [Theory]
    [InlineData("1. МАОУ СОШ № 1", "МАОУ СОШ № 1")]
    [InlineData("12) МАОУ СОШ № 1", "МАОУ СОШ № 1")]
    [InlineData("  3.МАОУ СОШ № 1", "МАОУ СОШ № 1")]
    public void A_leading_list_number_with_a_dot_or_a_bracket_is_dropped(string line, string name)
    {
        BiasListMatcher.SplitLines(line).Should().Equal(name);
    }

    [Fact]
    public void A_number_that_is_part_of_the_name_stays()
    {
        BiasListMatcher.SplitLines("2024 год: школа").Should().Equal("2024 год: школа");
    }

    [Fact]
    public void From_a_copied_table_row_the_first_cell_that_is_not_a_number_is_the_name()
    {
        BiasListMatcher.SplitLines("1\tМАОУ СОШ № 1\tСосьвинский ГО\n2.\t\tМКОУ СОШ № 2 с. Кошай\n3)\tМКОУ ООШ д. Ёлкино")
            .Should().Equal("МАОУ СОШ № 1", "МКОУ СОШ № 2 с. Кошай", "МКОУ ООШ д. Ёлкино");
    }

    [Fact]
    public void A_line_of_numbers_only_gives_no_name()
    {
        BiasListMatcher.SplitLines("1\n2.\t3)\nМАОУ СОШ № 1").Should().Equal("МАОУ СОШ № 1");
    }

    // ---- Key: how names are compared ----

    [Fact]
    public void The_key_is_lower_case_with_e_for_yo_without_quotes_and_punctuation_in_single_spaces()
    {
        BiasListMatcher.Key("  МКОУ  «ООШ» д. Ёлкино, \"филиал\"  ").Should().Be("мкоу оош д елкино филиал");
    }

    [Theory]
    [InlineData("СОШ №1", "сош № 1")]
    [InlineData("СОШ № 1", "сош № 1")]
    [InlineData("СОШ№1", "сош № 1")]
    public void The_number_sign_is_a_word_of_its_own(string name, string key)
    {
        BiasListMatcher.Key(name).Should().Be(key);
    }

    [Fact]
    public void No_name_has_an_empty_key()
    {
        BiasListMatcher.Key(null).Should().BeEmpty();
        BiasListMatcher.Key("«» — …").Should().BeEmpty();
    }

    // ---- Match: exact, near, ambiguous, unknown, duplicate ----

    [Theory]
    [InlineData("МАОУ СОШ № 1")]
    [InlineData("маоу сош №1")]
    [InlineData("МАОУ «СОШ № 1»")]
    [InlineData("  МАОУ   СОШ  №  1 ")]
    public void The_short_name_matches_exactly_whatever_the_case_quotes_spacing_and_number_sign(string name)
    {
        var match = MatchOne(name);

        match.Kind.Should().Be(MatchKind.Exact);
        match.School.Should().Be(School1);
        match.Candidates.Should().Equal(School1);
        match.IsError.Should().BeFalse();
        match.Error.Should().BeNull();
    }

    [Fact]
    public void The_full_name_matches_exactly_too_and_yo_is_e()
    {
        var match = MatchOne("ОСНОВНАЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА ДЕРЕВНИ ЕЛКИНО");

        match.Kind.Should().Be(MatchKind.Exact);
        match.School.Should().Be(Alyosha);
    }

    [Fact]
    public void A_name_whose_every_word_is_in_one_schools_names_is_a_near_match_to_confirm()
    {
        var match = MatchOne("СОШ № 2 Кошай");

        match.Kind.Should().Be(MatchKind.Near);
        match.School.Should().Be(School2);
        match.Candidates.Should().Equal(School2);
        match.IsError.Should().BeFalse("a near match is saved once the user confirms it");
        match.Error.Should().BeNull();
    }

    [Fact]
    public void Words_may_come_from_the_short_and_the_full_name_together_in_any_order()
    {
        MatchOne("Кошай МКОУ казённое").School.Should().Be(School2);
    }

    [Fact]
    public void A_name_that_is_a_piece_of_one_full_name_is_a_near_match_even_with_a_word_cut_short()
    {
        var match = MatchOne("основная общеобразоват");

        match.Kind.Should().Be(MatchKind.Near);
        match.School.Should().Be(Alyosha);
    }

    [Fact]
    public void Abbreviations_are_not_expanded_a_name_must_use_words_of_the_directorys_names()
    {
        MatchOne("ООШ деревни Ёлкино").Kind.Should().Be(MatchKind.Near, "«ООШ» is in the short name, «деревни» in the full one");
        MatchOne("Средняя общеобразовательная школа № 1 Сосьва").Kind.Should().Be(MatchKind.Near, "written out as in the full name");
        MatchOne("МБОУ СОШ № 1").Kind.Should().Be(MatchKind.Unknown, "the directory says «МАОУ»");
        MatchOne("Сосьвинская СОШ № 1").Kind.Should().Be(MatchKind.Unknown, "«Сосьвинская» is in neither name");
    }

    [Fact]
    public void A_name_fitting_several_schools_is_ambiguous_and_lists_them()
    {
        var match = BiasListMatcher.Match(["Средняя общеобразовательная школа"], Directory).Single();

        match.Kind.Should().Be(MatchKind.Ambiguous);
        match.School.Should().BeNull();
        match.Candidates.Should().Equal(School1, School2);
        match.IsError.Should().BeTrue();
        match.Error.Should().Be("Строка 1: «Средняя общеобразовательная школа» подходит к нескольким школам (МАОУ СОШ № 1; МКОУ СОШ № 2 с. Кошай) — уточните название.");
    }

    [Fact]
    public void Two_schools_of_the_same_name_are_no_exact_match_but_an_ambiguous_one()
    {
        var twin = School1 with { Id = 9, FullName = "Филиал МАОУ СОШ № 1 в д. Маслова" };

        var match = BiasListMatcher.Match(["МАОУ СОШ № 1"], [School1, twin]).Single();

        match.Kind.Should().Be(MatchKind.Ambiguous);
        match.Candidates.Should().Equal(School1, twin);
    }

    [Fact]
    public void A_name_no_school_fits_is_unknown()
    {
        var match = BiasListMatcher.Match(["МАОУ СОШ № 1", "Гимназия № 5"], Directory)[1];

        match.Kind.Should().Be(MatchKind.Unknown);
        match.School.Should().BeNull();
        match.Candidates.Should().BeEmpty();
        match.IsError.Should().BeTrue();
        match.Error.Should().Be("Строка 2: школы «Гимназия № 5» нет в справочнике.");
    }

    [Fact]
    public void A_name_without_words_is_unknown()
    {
        MatchOne("—").Kind.Should().Be(MatchKind.Unknown);
    }

    [Fact]
    public void A_school_named_again_further_down_is_a_duplicate_whether_exact_or_near()
    {
        var matches = BiasListMatcher.Match(["МАОУ СОШ № 1", "СОШ № 2 Кошай", "маоу «сош № 1»", "МКОУ СОШ № 2 с. Кошай"], Directory);

        matches.Select(m => m.Kind).Should().Equal(MatchKind.Exact, MatchKind.Near, MatchKind.Duplicate, MatchKind.Duplicate);
        matches[2].School.Should().Be(School1);
        matches[2].IsError.Should().BeTrue();
        matches[2].Error.Should().Be("Строка 3: «маоу «сош № 1»» — школа «МАОУ СОШ № 1» уже указана выше.");
        matches[3].Error.Should().Be("Строка 4: «МКОУ СОШ № 2 с. Кошай» — школа «МКОУ СОШ № 2 с. Кошай» уже указана выше.");
    }

    [Fact]
    public void Lines_are_numbered_from_one_in_the_order_given()
    {
        BiasListMatcher.Match(["Гимназия № 5", "МАОУ СОШ № 1", "Лицей"], Directory).Select(m => (m.Line, m.Name))
            .Should().Equal((1, "Гимназия № 5"), (2, "МАОУ СОШ № 1"), (3, "Лицей"));
    }

    [Fact]
    public void No_names_give_no_matches()
    {
        BiasListMatcher.Match([], Directory).Should().BeEmpty();
    }
}
