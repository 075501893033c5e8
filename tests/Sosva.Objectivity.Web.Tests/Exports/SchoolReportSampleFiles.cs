using Sosva.Objectivity.Web.Exports;

namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>
/// Writes the sample school reports to a folder for a look by eye (pdftoppm, a spreadsheet program) when
/// SOSVA_EXPORT_SAMPLES names one; otherwise does nothing.
/// </summary>
public class SchoolReportSampleFiles
{
    [Fact]
    public void Writes_the_samples_when_asked()
    {
        var folder = Environment.GetEnvironmentVariable("SOSVA_EXPORT_SAMPLES");
        if (string.IsNullOrWhiteSpace(folder)) return;
        Directory.CreateDirectory(folder);
        var small = SchoolReportSamples.Small() with { Links = new SchoolReportLinks("https://objectivity.test"), Objectivity = SchoolReportSamples.Objectivity() };
        foreach (var (name, data) in new[] { ("small", small), ("large", SchoolReportSamples.Large()) })
        {
            using (var pdf = File.Create(Path.Combine(folder, $"school-report-{name}.pdf")))
                SchoolReportPdfExport.Write(data, pdf);
            using var xlsx = File.Create(Path.Combine(folder, $"school-report-{name}.xlsx"));
            SchoolReportExcelExport.Write(data, xlsx);
        }
    }
}
