using System.Linq.Expressions;
using Sosva.Objectivity.Domain.Reports;

namespace Sosva.Objectivity.Web.Data;

/// <summary>The domain's report rules as database filters.</summary>
public static class ReportQueries
{
    /// <summary>Reports waiting on the school (<see cref="ExecutionReport.WaitingOnSchool"/>).</summary>
    public static IQueryable<ExecutionReport> WaitingOnSchool(this IQueryable<ExecutionReport> reports) =>
        reports.WaitingOnSchool(r => r.State);

    /// <summary>Rows whose report, reached by <paramref name="state"/>, is waiting on the school.</summary>
    public static IQueryable<T> WaitingOnSchool<T>(this IQueryable<T> rows, Expression<Func<T, ReportState>> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var rule = ExecutionReport.WaitingOnSchool;
        var body = new Replace(rule.Parameters[0], state.Body).Visit(rule.Body);
        return rows.Where(Expression.Lambda<Func<T, bool>>(body, state.Parameters));
    }

    private sealed class Replace(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
