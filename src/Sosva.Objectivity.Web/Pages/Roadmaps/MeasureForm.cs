using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Sosva.Objectivity.Domain.Roadmaps;

namespace Sosva.Objectivity.Web.Pages.Roadmaps;

/// <summary>A measure as typed in the editor. Texts are kept as written; checkpoints are dates, one per line.</summary>
public sealed class MeasureForm : IValidatableObject
{
    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd.MM.yy"];

    [Display(Name = "Раздел")]
    public int SectionId { get; set; }

    [StringLength(20, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "№")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "Введите текст мероприятия.")]
    [StringLength(10000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Мероприятие")]
    public string Title { get; set; } = "";

    [StringLength(2000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Сроки (как в документе)")]
    public string? DeadlineText { get; set; }

    [Display(Name = "Контрольные сроки (дд.мм.гггг, по одному в строке)")]
    public string? Checkpoints { get; set; }

    /// <summary>True once the person changed the checkpoints by hand; otherwise they follow the deadline text.</summary>
    public bool CheckpointsEdited { get; set; }

    [StringLength(4000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Ответственные")]
    public string? ResponsibleText { get; set; }

    [StringLength(4000, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Ожидаемый результат")]
    public string? ExpectedResult { get; set; }

    [StringLength(500, ErrorMessage = "Не более {1} символов.")]
    [Display(Name = "Вид документа")]
    public string? DocumentType { get; set; }

    [Display(Name = "Кто исполняет")]
    public ExecutionScope ExecutionScope { get; set; }

    public List<int> ChosenSchoolIds { get; set; } = [];

    [Range(2015, 2100, ErrorMessage = "Год перечня — от {1} до {2}.")]
    [Display(Name = "Год перечня Рособрнадзора")]
    public int? BiasListYear { get; set; }

    [Display(Name = "Школы отчитываются об исполнении")]
    public bool ReportRequired { get; set; }

    /// <summary>
    /// True when the page showed «Школы отчитываются» disabled (the scope was «только УО») and its script did not
    /// enable it: then the person has not seen the box (<see cref="MeasureEditing.ReportRequiredFollowsScope"/>).
    /// </summary>
    public bool ReportRequiredHidden { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var line in Lines(Checkpoints))
            if (!TryDate(line, out _))
                yield return new ValidationResult($"«{line}» — не дата: пишите дд.мм.гггг, например 31.05.2024.", [nameof(Checkpoints)]);
        if (Lines(Checkpoints).Length > 400)
            yield return new ValidationResult("Слишком много контрольных сроков (больше 400).", [nameof(Checkpoints)]);
        if (ExecutionScope == ExecutionScope.ChosenSchools && ChosenSchoolIds.Count == 0)
            yield return new ValidationResult("Отметьте хотя бы одну школу или выберите другой вариант.", [nameof(ChosenSchoolIds)]);
        if (ExecutionScope == ExecutionScope.BiasList && BiasListYear is null)
            yield return new ValidationResult("Укажите год перечня.", [nameof(BiasListYear)]);
    }

    public IReadOnlyList<DateOnly> CheckpointDates() =>
        Lines(Checkpoints).Select(l => TryDate(l, out var d) ? d : (DateOnly?)null).OfType<DateOnly>().Distinct().Order().ToList();

    public static string FormatDates(IEnumerable<DateOnly> dates) =>
        string.Join("\n", dates.Select(d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));

    public static MeasureForm From(Measure m) => new()
    {
        SectionId = m.SectionId, Number = m.Number, Title = m.Title, DeadlineText = m.DeadlineText,
        Checkpoints = FormatDates(m.Checkpoints.Select(c => c.DueDate).Order()),
        CheckpointsEdited = m.Checkpoints.Any(c => c.IsManual),
        ResponsibleText = m.ResponsibleText, ExpectedResult = m.ExpectedResult, DocumentType = m.DocumentType,
        ExecutionScope = m.ExecutionScope, ChosenSchoolIds = m.AssignedSchools.Select(a => a.SchoolId).ToList(),
        BiasListYear = m.BiasListYear, ReportRequired = m.ReportRequired,
    };

    private static string[] Lines(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
