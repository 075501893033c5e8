using System.ComponentModel.DataAnnotations;
using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Pages.Reports;

/// <summary>What the principal fills in on the report page.</summary>
public sealed class ReportForm
{
    [Display(Name = "Статус исполнения")]
    public ExecutionStatus? Status { get; set; }

    [StringLength(10_000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Что сделано")]
    public string? Text { get; set; }

    /// <summary>One link a line.</summary>
    [StringLength(10_000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Ссылки (по одной в строке)")]
    public string? LinksText { get; set; }

    public uint Version { get; set; }

    public static ReportForm From(ExecutionReport report) => new()
    {
        Status = report.Status, Text = report.Text, LinksText = string.Join('\n', report.Links), Version = report.Version,
    };
}

/// <summary>The specialist's decision on a submitted report.</summary>
public sealed class ReviewForm
{
    [StringLength(4000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Комментарий")]
    public string? Comment { get; set; }

    public uint Version { get; set; }
}
