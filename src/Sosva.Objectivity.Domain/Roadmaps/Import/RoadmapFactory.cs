using Sosva.Objectivity.Domain.Roadmaps.Deadlines;

namespace Sosva.Objectivity.Domain.Roadmaps.Import;

/// <summary>
/// Turns an interpreted table into roadmap entities: texts kept as written, checkpoints parsed
/// from each deadline within the roadmap's period, and a first guess of who executes each measure.
/// </summary>
public static class RoadmapFactory
{
    public static Roadmap Create(InterpretedTable table, string title, RoadmapLevel level, DateOnly periodStart, DateOnly periodEnd)
    {
        var roadmap = new Roadmap { Title = title, Level = level, PeriodStart = periodStart, PeriodEnd = periodEnd };
        var sectionPosition = 0;
        foreach (var s in table.Sections)
        {
            var section = new Section { Position = sectionPosition++, Number = s.Number, Title = s.Title };
            var measurePosition = 0;
            foreach (var m in s.Measures)
            {
                var deadline = DeadlineParser.Parse(m.Deadline, periodStart, periodEnd);
                var measure = new Measure
                {
                    Position = measurePosition++,
                    Number = m.Number,
                    Title = m.Title,
                    DeadlineText = m.Deadline,
                    DeadlineKind = deadline.Kind,
                    DeadlineNote = deadline.RelativeLimit,
                    ExpectedResult = m.ExpectedResult,
                    ResponsibleText = m.Responsible,
                    DocumentType = m.DocumentType,
                    Checkpoints = deadline.Checkpoints.Select(d => new Checkpoint { DueDate = d }).ToList(),
                };
                measure.SetExecution(Measure.ScopeIn(level, GuessScope(m.Responsible)), biasListYear: null, reportRequired: true, []);
                section.Measures.Add(measure);
            }
            roadmap.Sections.Add(section);
        }
        return roadmap;
    }

    /// <summary>
    /// A measure whose responsible parties name the heads of schools («руководители ОУ»,
    /// «руководители общеобразовательных учреждений») is executed by every school; anything else
    /// is taken as the department's own. Only a first guess: the specialist corrects it in the editor.
    /// </summary>
    public static ExecutionScope GuessScope(string? responsible)
    {
        if (string.IsNullOrWhiteSpace(responsible)) return ExecutionScope.DepartmentOnly;
        var text = responsible.ToUpperInvariant();
        var namesHeads = text.Contains("РУКОВОДИТЕЛ", StringComparison.Ordinal) || text.Contains("ДИРЕКТОР", StringComparison.Ordinal)
                         || text.Contains("АДМИНИСТРАЦИ", StringComparison.Ordinal);
        var namesSchools = text.Contains("ОУ", StringComparison.Ordinal) || text.Contains("ОО", StringComparison.Ordinal)
                           || text.Contains("ОБЩЕОБРАЗОВАТЕЛЬН", StringComparison.Ordinal) || text.Contains("ШКОЛ", StringComparison.Ordinal);
        return namesHeads && namesSchools ? ExecutionScope.AllSchools : ExecutionScope.DepartmentOnly;
    }
}
