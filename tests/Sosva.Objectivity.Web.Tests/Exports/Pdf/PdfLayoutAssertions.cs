using Sosva.Objectivity.Web.Exports.Pdf;

namespace Sosva.Objectivity.Web.Tests.Exports;

internal static class PdfLayoutAssertions
{
    private const float Tolerance = 0.05f;

    /// <summary>Every line of text and every rule lies within the page's margins, and every text is no wider than measured.</summary>
    public static void NothingOutsideTheMargins(IReadOnlyList<PdfPage> pages, PdfPageSetup setup, PdfFontCache fonts)
    {
        var left = setup.MarginLeftMm * PdfPageSetup.PointsPerMm - Tolerance;
        var right = setup.Right + Tolerance;
        var top = setup.Top - Tolerance;
        var bottom = setup.Bottom + Tolerance;
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var op in pages[p].Ops)
            {
                switch (op)
                {
                    case PdfTextOp t:
                        fonts.Get(t.Style).MeasureText(t.Text).Should().BeLessThanOrEqualTo(t.Width + Tolerance, "«{0}» is measured honestly", t.Text);
                        t.X.Should().BeGreaterThanOrEqualTo(left, "«{0}» on page {1}", t.Text, p + 1);
                        (t.X + t.Width).Should().BeLessThanOrEqualTo(right, "«{0}» on page {1}", t.Text, p + 1);
                        t.Top.Should().BeGreaterThanOrEqualTo(top, "«{0}» on page {1}", t.Text, p + 1);
                        (t.Top + t.Height).Should().BeLessThanOrEqualTo(bottom, "«{0}» on page {1}", t.Text, p + 1);
                        break;
                    case PdfLineOp l:
                        Math.Min(l.X1, l.X2).Should().BeGreaterThanOrEqualTo(left);
                        Math.Max(l.X1, l.X2).Should().BeLessThanOrEqualTo(right);
                        Math.Min(l.Y1, l.Y2).Should().BeGreaterThanOrEqualTo(top);
                        Math.Max(l.Y1, l.Y2).Should().BeLessThanOrEqualTo(bottom, "a rule on page {0}", p + 1);
                        break;
                }
            }
        }
    }
}
