using System.Globalization;
using ClosedXML.Excel;
using Sosva.Objectivity.Domain.Monitoring;
using Sosva.Objectivity.Web.Importing;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Scoring;

/// <summary>One school's row of an import: the values it brings (indicators left blank are not in it).</summary>
public sealed record ImportedRow(int Row, int SchoolId, string School, IReadOnlyDictionary<string, IndicatorValue> Values);

/// <summary>What an import file holds: rows ready to save, or the reasons nothing can be saved.</summary>
public sealed record ImportedInputs(IReadOnlyList<ImportedRow> Rows, IReadOnlyList<string> Errors);

/// <summary>
/// The data-entry template of a campaign (one row per school, the raw inputs of every entered
/// indicator in columns named after the methodology) and the reading of a filled copy. Every
/// problem is reported with its row and column; the page saves nothing while there is one.
/// </summary>
public static class InputTemplate
{
    public const string SheetName = "Данные";
    public const string SchoolColumn = "Школа";
    public const string InnColumn = "ИНН";
    public const string YearColumn = "Год";
    private const string Yes = "да";
    private const string No = "нет";

    /// <summary>A column of the template: header, width, the indicator and which field of its value.</summary>
    public sealed record Column(string Header, double Width, IndicatorDefinition? Indicator, string Field);

    public static IReadOnlyList<Column> Columns(Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(methodology);
        var columns = new List<Column> { new(SchoolColumn, 45, null, "school"), new(InnColumn, 13, null, "inn"), new(YearColumn, 8, null, "year") };
        foreach (var i in methodology.Indicators)
        {
            switch (i.Rule)
            {
                case TimelinessRule:
                    columns.Add(new($"{i.Code}: {IndicatorValue.FieldNames.OnTime}", 14, i, "onTime"));
                    columns.Add(new($"{i.Code}: {IndicatorValue.FieldNames.WithErrors}", 14, i, "withErrors"));
                    columns.Add(new($"{i.Code}: {IndicatorValue.FieldNames.Late}", 14, i, "late"));
                    break;
                case ConfirmationRule:
                    columns.Add(new($"{i.Code}: {IndicatorValue.FieldNames.Confirmed}", 14, i, "confirmed"));
                    columns.Add(new($"{i.Code}: {IndicatorValue.FieldNames.NotConfirmed}", 14, i, "notConfirmed"));
                    break;
                case ChoiceRule:
                    columns.Add(new($"{i.Code}: {IndicatorValue.FieldNames.Option}", 32, i, "option"));
                    break;
                case ChecklistRule checklist:
                    columns.AddRange(checklist.Items.Select(item => new Column($"{i.Code}: {item.Title}", 18, i, "item:" + item.Code)));
                    break;
            }
        }
        return columns;
    }

    /// <summary>The template with the directory's schools and what is already entered.</summary>
    public static void Write(Methodology methodology, int year, IReadOnlyList<DirectorySchool> schools,
        IReadOnlyDictionary<(int SchoolId, string Code), IndicatorValue> existing, Stream output)
    {
        ArgumentNullException.ThrowIfNull(schools);
        ArgumentNullException.ThrowIfNull(existing);
        var columns = Columns(methodology);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header);
            sheet.Column(c + 1).Width = columns[c].Width;
        }
        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Alignment.WrapText = true;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Fill.BackgroundColor = XLColor.FromArgb(0xE6, 0xE6, 0xE6);
        sheet.Row(1).Height = 60;

        var row = 1;
        foreach (var school in schools)
        {
            row++;
            sheet.Cell(row, 1).SetValue(school.ShortName);
            if (school.Inn is not null) sheet.Cell(row, 2).SetValue(school.Inn).SetDataType(XLDataType.Text);
            sheet.Cell(row, 3).SetValue(year);
            for (var c = 3; c < columns.Count; c++)
            {
                var column = columns[c];
                if (existing.GetValueOrDefault((school.Id, column.Indicator!.Code)) is not { } v) continue;
                var cell = sheet.Cell(row, c + 1);
                switch (column.Field)
                {
                    case "onTime": SetNumber(cell, v.OnTimeCount); break;
                    case "withErrors": SetNumber(cell, v.WithErrorsCount); break;
                    case "late": SetNumber(cell, v.LateCount); break;
                    case "confirmed": SetNumber(cell, v.ConfirmedCount); break;
                    case "notConfirmed": SetNumber(cell, v.NotConfirmedCount); break;
                    case "option":
                        if (((ChoiceRule)column.Indicator.Rule).Option(v.OptionCode ?? "") is { } o) cell.SetValue(o.Title);
                        break;
                    default:
                        cell.SetValue(v.CheckedItems.Contains(column.Field[5..]) ? Yes : No);
                        break;
                }
            }
        }

        // Lists to choose from, so a typo cannot happen in the first place (the import still checks).
        var lists = workbook.Worksheets.Add("Варианты");
        var listColumn = 0;
        for (var c = 3; c < columns.Count; c++)
        {
            var column = columns[c];
            var range = sheet.Range(2, c + 1, Math.Max(row, 2) + 200, c + 1);
            if (column.Field == "option")
            {
                listColumn++;
                var options = ((ChoiceRule)column.Indicator!.Rule).Options;
                lists.Cell(1, listColumn).SetValue(column.Indicator.Code);
                for (var k = 0; k < options.Count; k++) lists.Cell(k + 2, listColumn).SetValue(options[k].Title);
                lists.Column(listColumn).Width = 45;
                range.SetDataValidation().List(lists.Range(2, listColumn, options.Count + 1, listColumn));
            }
            else if (column.Field.StartsWith("item:", StringComparison.Ordinal))
            {
                range.SetDataValidation().List("\"да,нет\"");
            }
            else
            {
                range.SetDataValidation().WholeNumber.Between(0, IndicatorValue.MaximumCount);
            }
        }
        lists.Hide();
        sheet.SheetView.FreezeRows(1);
        sheet.SheetView.FreezeColumns(1);
        sheet.Range(1, 1, Math.Max(row, 1), columns.Count).SetAutoFilter();

        var help = workbook.Worksheets.Add("Как заполнять");
        help.Column(1).Width = 110;
        string[] lines =
        [
            $"Шаблон данных мониторинга объективности ВПР за {year} год. Одна строка — одна школа; названия школ и ИНН не меняйте.",
            "P1, P2: число форм (мероприятий) в срок и без ошибок, в срок с ошибками и с нарушением срока — целые числа от 0.",
            "P3: число проверок, в которых результаты прошлого года подтверждены и не подтверждены.",
            "P5, P6: вариант из списка. P7: «да» или «нет» по каждому пункту.",
            "P4 не заполняется: он берётся из перечней Рособрнадзора, загруженных на портале.",
            "Показатель, все ячейки которого в строке пусты, не загружается (сохранённое значение остаётся). Заполненный частично — ошибка.",
            "Если в файле есть хотя бы одна ошибка, не загружается ничего: портал покажет строку и столбец каждой ошибки.",
        ];
        for (var k = 0; k < lines.Length; k++) help.Cell(k + 1, 1).SetValue(lines[k]);
        help.Cell(1, 1).Style.Font.Bold = true;
        sheet.SetTabActive();
        workbook.SaveAs(output);
    }

    /// <summary>Reads a filled template; <paramref name="thisYear"/> is today's year (a later year is refused).</summary>
    /// <exception cref="UploadRefusedException">The file is not a workbook, is damaged or too large.</exception>
    public static ImportedInputs Read(byte[] content, Methodology methodology, int year, int thisYear,
        IReadOnlyList<DirectorySchool> schools, RoadmapImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        if (content.Length == 0) throw new UploadRefusedException(UploadMessages.Empty(""));
        using (var workbook = SafeWorkbook.Open(content, options.ToPackageLimits(), "Это не книга Excel (.xlsx). Скачайте шаблон, заполните его и загрузите."))
        {
            var sheet = workbook.Worksheets.FirstOrDefault(s => s.Name == SheetName) ?? workbook.Worksheets.First();
            return ReadSheet(sheet, methodology, year, thisYear, schools, options);
        }
    }

    private static ImportedInputs ReadSheet(IXLWorksheet sheet, Methodology methodology, int year, int thisYear,
        IReadOnlyList<DirectorySchool> schools, RoadmapImportOptions options)
    {
        var errors = new List<string>();
        var columns = Columns(methodology);
        var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 1; c <= last; c++)
        {
            var name = Text(sheet.Cell(1, c));
            if (name.Length > 0) positions.TryAdd(name, c);
        }
        foreach (var column in columns.Where(col => !positions.ContainsKey(col.Header)))
            errors.Add($"Строка 1: нет столбца «{column.Header}». Скачайте шаблон этой кампании заново.");
        if (errors.Count > 0) return new ImportedInputs([], errors);

        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        if (lastRow - 1 > options.MaxTableRows)
            return new ImportedInputs([], [$"В файле больше {options.MaxTableRows} строк."]);

        var byInn = schools.Where(s => s.Inn is not null).GroupBy(s => s.Inn!).ToDictionary(g => g.Key, g => g.First());
        var byName = new Dictionary<string, DirectorySchool>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in schools)
        {
            byName.TryAdd(Normalize(s.ShortName), s);
            byName.TryAdd(Normalize(s.FullName), s);
        }
        var seen = new Dictionary<int, int>();
        var rows = new List<ImportedRow>();
        for (var r = 2; r <= lastRow; r++)
        {
            string Cell(Column column) => Text(sheet.Cell(r, positions[column.Header]));
            if (columns.All(column => Cell(column).Length == 0)) continue;
            var where = $"Строка {r}";
            var before = errors.Count;

            var name = Cell(columns[0]);
            var inn = Cell(columns[1]);
            DirectorySchool? school = null;
            if (inn.Length > 0 && !byInn.TryGetValue(inn, out school))
                errors.Add($"{where}, «{InnColumn}»: школы с ИНН {inn} нет в справочнике.");
            else if (school is null && name.Length == 0)
                errors.Add($"{where}, «{SchoolColumn}»: не указана школа.");
            else if (school is null && !byName.TryGetValue(Normalize(name), out school))
                errors.Add($"{where}, «{SchoolColumn}»: школы «{name}» нет в справочнике.");
            if (school is not null)
            {
                if (seen.TryGetValue(school.Id, out var first))
                    errors.Add($"{where}, «{SchoolColumn}»: школа «{school.ShortName}» уже указана в строке {first}.");
                else
                    seen[school.Id] = r;
            }

            var yearText = Cell(columns[2]);
            if (yearText.Length == 0)
                errors.Add($"{where}, «{YearColumn}»: не указан год.");
            else if (!int.TryParse(yearText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rowYear))
                errors.Add($"{where}, «{YearColumn}»: «{yearText}» — не год.");
            else if (rowYear > thisYear)
                errors.Add($"{where}, «{YearColumn}»: {rowYear} год ещё не наступил.");
            else if (rowYear != year)
                errors.Add($"{where}, «{YearColumn}»: {rowYear} — не год этой кампании ({year}).");

            var values = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
            foreach (var group in columns.Skip(3).GroupBy(c => c.Indicator!))
            {
                var indicator = group.Key;
                var cells = group.Select(c => (Column: c, Text: Cell(c))).ToList();
                if (cells.All(c => c.Text.Length == 0)) continue;
                var value = new IndicatorValue { IndicatorCode = indicator.Code };
                foreach (var (column, text) in cells)
                {
                    var at = $"{where}, «{column.Header}»";
                    if (text.Length == 0)
                    {
                        errors.Add($"{at}: не заполнено (заполните все столбцы показателя {indicator.Code} или оставьте их все пустыми).");
                        continue;
                    }
                    switch (column.Field)
                    {
                        case "option":
                            var option = ((ChoiceRule)indicator.Rule).Options.FirstOrDefault(o =>
                                string.Equals(o.Title, text, StringComparison.OrdinalIgnoreCase) || string.Equals(o.Code, text, StringComparison.OrdinalIgnoreCase));
                            if (option is null) errors.Add($"{at}: неизвестный вариант «{text}».");
                            else value.OptionCode = option.Code;
                            break;
                        case var item when item.StartsWith("item:", StringComparison.Ordinal):
                            if (string.Equals(text, Yes, StringComparison.OrdinalIgnoreCase) || text == "1") value.CheckedItems.Add(item[5..]);
                            else if (!string.Equals(text, No, StringComparison.OrdinalIgnoreCase) && text != "0") errors.Add($"{at}: ожидается «да» или «нет», указано «{text}».");
                            break;
                        default:
                            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                                errors.Add($"{at}: «{text}» — не целое число.");
                            else if (number < 0)
                                errors.Add($"{at}: отрицательное число ({number}).");
                            else if (number > IndicatorValue.MaximumCount)
                                errors.Add($"{at}: слишком большое число ({number}).");
                            else
                                Set(value, column.Field, number);
                            break;
                    }
                }
                values[indicator.Code] = value;
            }
            if (errors.Count == before && school is not null)
                rows.Add(new ImportedRow(r, school.Id, school.ShortName, values));
        }
        if (rows.Count == 0 && errors.Count == 0)
            errors.Add("В файле нет ни одной заполненной строки.");
        return new ImportedInputs(errors.Count == 0 ? rows : [], errors);
    }

    private static void Set(IndicatorValue value, string field, int number)
    {
        switch (field)
        {
            case "onTime": value.OnTimeCount = number; break;
            case "withErrors": value.WithErrorsCount = number; break;
            case "late": value.LateCount = number; break;
            case "confirmed": value.ConfirmedCount = number; break;
            case "notConfirmed": value.NotConfirmedCount = number; break;
        }
    }

    private static void SetNumber(IXLCell cell, int? number)
    {
        if (number is { } n) cell.SetValue(n);
    }

    private static string Text(IXLCell cell)
    {
        if (cell.IsEmpty()) return "";
        if (cell.DataType == XLDataType.Number)
        {
            var d = cell.GetDouble();
            return d == Math.Floor(d) && Math.Abs(d) < 1e9 ? ((long)d).ToString(CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture);
        }
        return cell.GetFormattedString().Trim();
    }

    /// <summary>Names compared ignoring case, «ё», quotes and repeated spaces.</summary>
    public static string Normalize(string name) =>
        string.Join(' ', (name ?? "").ToLowerInvariant().Replace('ё', 'е').Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal)
            .Replace("\"", "", StringComparison.Ordinal).Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
