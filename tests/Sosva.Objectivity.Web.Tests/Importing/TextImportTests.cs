using System.Text;
using static Sosva.Objectivity.Web.Tests.Importing.ImportAssertions;

namespace Sosva.Objectivity.Web.Tests.Importing;

/// <summary>Text files: the encodings Russian Windows and Word save in.</summary>
public class TextImportTests
{
    static TextImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [MemberData(nameof(SeedTable.All), MemberType = typeof(SeedTable))]
    public void A_seed_saved_as_UTF_8_reads_as_its_text_whatever_the_file_is_called(string seed)
    {
        var table = SeedTable.Load(seed);

        var read = Read(Encoding.UTF8.GetBytes(table.Text), "план.docx");

        read.ShouldReadAs(table.TextImport, seed);
        read.Table.Warnings.Should().Equal(table.TextImport.Table.Warnings);
    }

    [Fact]
    public void A_text_in_Windows_1251_is_read_as_Russian()
    {
        var table = SeedTable.Load(SeedTable.Sosva);
        var bytes = Encoding.GetEncoding(1251).GetBytes(table.Text);

        var read = Read(bytes, "план.txt");

        read.ShouldReadAs(table.TextImport, SeedTable.Sosva);
        read.Title.Should().StartWith("Комплекс мер по обеспечению объективности");
    }

    [Fact]
    public void A_text_with_a_UTF_8_BOM_or_in_UTF_16_is_read()
    {
        var table = SeedTable.Load(SeedTable.Rubtsovsk);

        var utf8 = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(table.Text)], "план.txt");
        var utf16 = Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(table.Text)], "план.txt");

        utf8.ShouldReadAs(table.TextImport, SeedTable.Rubtsovsk);
        utf16.ShouldReadAs(table.TextImport, SeedTable.Rubtsovsk);
    }
}
