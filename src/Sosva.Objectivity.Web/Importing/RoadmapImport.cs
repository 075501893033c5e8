using Sosva.Objectivity.Domain.Roadmaps.Import;
using Sosva.Objectivity.Web.Data.Configurations;
using Sosva.Objectivity.Web.Uploads;

namespace Sosva.Objectivity.Web.Importing;

/// <summary>Reads what the import page was given: a file or pasted text; a refusal is an <see cref="UploadRefusedException"/>.</summary>
public sealed class RoadmapImport(Importing.RoadmapFileReader reader)
{
    /// <summary>The upload limit of the page (the reader's own limit is 10 MB; this leaves room for the form).</summary>
    public const long MaxRequestBytes = 12 * 1024 * 1024;

    public const int MaxPastedChars = 2_000_000;

    public async Task<InterpretedRoadmap> ReadAsync(IFormFile? upload, string? pastedText, CancellationToken cancellationToken)
    {
        if (UploadedFile.IsChosen(upload))
        {
            // The reader tells formats apart by content, checks sizes and refuses damaged files.
            var file = await UploadedFile.ReadAsync(upload!, reader.MaxFileBytes, UploadedFile.Quote(upload!.FileName), cancellationToken);
            return Checked(reader.Read(file));
        }
        if (string.IsNullOrWhiteSpace(pastedText))
            throw new UploadRefusedException("Выберите файл или вставьте таблицу (скопируйте её из Word или Excel).");
        if (pastedText.Length > MaxPastedChars)
            throw new UploadRefusedException("Вставленный текст слишком велик (больше 2 млн знаков).");
        reader.TableRows(pastedText);
        var read = PlainTextRoadmap.Read(pastedText);
        if (read.Table.Sections.Sum(s => s.Measures.Count) == 0)
            throw new UploadRefusedException("В тексте не найдена таблица мероприятий: нужна строка заголовков с графами «Мероприятия», «Сроки», «Ответственные» и строки под ней, разделённые табуляцией (так их копирует Word и Excel).");
        return Checked(read);
    }

    /// <summary>
    /// The reading, refused when a text is longer than its column (Data/Configurations): the preview would show it
    /// and the confirmation fail in the database (500). Titles and numbers of measures have no such limit.
    /// </summary>
    private static InterpretedRoadmap Checked(InterpretedRoadmap read)
    {
        var problems = new List<string>();
        foreach (var section in read.Table.Sections)
        {
            if (section.Title.Length > SectionConfiguration.TitleLength)
                problems.Add($"название раздела «{Clip(section.Title)}» длиннее {SectionConfiguration.TitleLength} знаков");
            foreach (var measure in section.Measures.Where(m => m.DocumentType?.Length > MeasureConfiguration.DocumentTypeLength))
                problems.Add($"вид документа мероприятия «{Clip(measure.Title)}» длиннее {MeasureConfiguration.DocumentTypeLength} знаков");
        }
        if (problems.Count == 0) return read;
        throw new UploadRefusedException("В таблице слишком длинный текст: " + string.Join("; ", problems.Take(5))
                                         + (problems.Count > 5 ? $" и ещё {problems.Count - 5}" : "") + ". Сократите его и загрузите таблицу снова.");
    }

    private static string Clip(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60).TrimEnd(), "…");

    /// <summary>
    /// The title a draft gets from its file when the document names none: the file's own name, cleaned as
    /// the messages show it, without the extension, within a file name's 255 characters; null for no name.
    /// </summary>
    public static string? TitleFromFileName(string? fileName)
    {
        var name = Path.GetFileNameWithoutExtension(UploadedFile.Clean(fileName)).Trim();
        if (name.Length > 255)
            name = name[..(char.IsHighSurrogate(name[254]) ? 254 : 255)];
        return name.Length == 0 ? null : name;
    }
}
