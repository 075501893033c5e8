using System.Diagnostics;
using System.Text;

namespace Sosva.Objectivity.Web.Tests.Exports;

/// <summary>
/// Poppler's command-line tools (package poppler-utils, installed by test.sh when missing) run on a
/// PDF written to a temporary file: what a reader's viewer would extract and report.
/// </summary>
internal sealed class PdfFile : IDisposable
{
    public PdfFile(byte[] bytes)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"sosva-export-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(Path, bytes);
    }

    public string Path { get; }

    /// <summary>The text of every page (pdftotext -layout), pages in order.</summary>
    public IReadOnlyList<string> PagesText() => Run("pdftotext", "-layout", "-enc", "UTF-8", Path, "-").Split('\f').SkipLast(1).ToList();

    public string Info() => Run("pdfinfo", Path);

    public string Fonts() => Run("pdffonts", Path);

    public void Dispose() => File.Delete(Path);

    private static string Run(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            psi.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: install poppler-utils (test.sh does it when run as root).", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {stderr.Result}");
            return stdout.Result;
        }
    }
}
