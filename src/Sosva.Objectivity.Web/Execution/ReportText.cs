using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Execution;

/// <summary>Russian names of report states for pages and exports (one place).</summary>
public static class ReportText
{
    public static string Status(ExecutionStatus? status) => status switch
    {
        ExecutionStatus.Done => "Выполнено",
        ExecutionStatus.PartlyDone => "Выполнено частично",
        ExecutionStatus.NotDone => "Не выполнено",
        ExecutionStatus.InProgress => "В работе",
        _ => "",
    };

    public static string State(ReportState state) => state switch
    {
        ReportState.Draft => "Не отправлен",
        ReportState.Submitted => "На проверке",
        ReportState.Returned => "Возвращён на доработку",
        ReportState.Accepted => "Принят",
        _ => "",
    };

    public static string Progress(ReportProgress progress) => progress switch
    {
        ReportProgress.NotDue => "Срок не наступил",
        ReportProgress.DueSoon => "Срок скоро",
        ReportProgress.Overdue => "Просрочен",
        ReportProgress.Submitted => "На проверке",
        ReportProgress.Returned => "Возвращён",
        ReportProgress.Accepted => "Принят",
        _ => "",
    };

    /// <summary>Bootstrap colour of a progress badge or matrix cell.</summary>
    public static string ProgressColor(ReportProgress progress) => progress switch
    {
        ReportProgress.NotDue => "secondary",
        ReportProgress.DueSoon => "warning",
        ReportProgress.Overdue => "danger",
        ReportProgress.Submitted => "info",
        ReportProgress.Returned => "primary",
        ReportProgress.Accepted => "success",
        _ => "light",
    };

    public static string Event(ReportEventKind kind) => kind switch
    {
        ReportEventKind.Submitted => "Отправлен на проверку",
        ReportEventKind.Returned => "Возвращён на доработку",
        ReportEventKind.Accepted => "Принят",
        ReportEventKind.NoLongerRequired => "Больше не требуется по плану",
        ReportEventKind.RequiredAgain => "Снова требуется по плану",
        ReportEventKind.Moved => "Контрольный срок перенесён",
        _ => "",
    };
}
